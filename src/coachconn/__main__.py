from coachconn.cli import run

run()
