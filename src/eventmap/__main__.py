from eventmap.cli import main

raise SystemExit(main())
