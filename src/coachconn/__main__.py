from coachconn.entry import run

run()
