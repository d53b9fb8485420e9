from vidfeedback.cli.main import main

raise SystemExit(main())
