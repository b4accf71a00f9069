from netwerkcli.cli import main

main()
