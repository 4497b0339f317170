import sys

from remonitor.app.cli import main

sys.exit(main())
