from vidfeedback.cli import main

raise SystemExit(main())
