"""seam presenter drives a wall, both seam.exe under Wine, each in a pseudo-terminal of
its own (Wine makes a console of it): the presenter's n (next step) moves the wall to the next
step (seen in the session file the wall saves), and quitting the wall ends the
presenter. Usage: python3 .ci/wine/presenter.py SEAM_EXE (WINEPREFIX set)."""
import os, pty, subprocess, sys, tempfile, threading, time

exe = sys.argv[1]
data = tempfile.mkdtemp()
session = os.path.join(data, "demo", "demo.ron")
address = os.path.join(data, "demo", ".demo.ron.presenter")


def spawn(*args):
    """A seam.exe in a pty of 120x40; what it draws is kept in `drawn[master]`."""
    master, slave = pty.openpty()
    os.set_blocking(master, True)
    import fcntl, struct, termios
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen(["wine", exe, "--data-dir", "Z:" + data, "--lang", "en", *args],
                               stdin=slave, stdout=slave, stderr=slave, close_fds=True,
                               env=dict(os.environ, TERM="xterm-256color"))
    os.close(slave)

    drawn[master] = b""

    def drain():
        try:
            while True:
                chunk = os.read(master, 65536)
                if not chunk:
                    return
                drawn[master] = drawn[master][-100000:] + chunk
        except OSError:
            pass
    threading.Thread(target=drain, daemon=True).start()
    return process, master


def wait_until(what, seconds, check):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if check():
            return
        time.sleep(0.2)
    sys.exit("!! " + what + " within %d s" % seconds)


def step():
    """The step the saved session is on (the first is not written: 0)."""
    try:
        with open(session, encoding="utf-8") as f:
            for line in f:
                if "current_step:" in line:
                    return int(line.split(":")[1].strip().rstrip(","))
    except (OSError, ValueError):
        return None
    return 0


drawn = {}
wall, wall_keys = spawn("demo")
presenter = None
try:
    wait_until("the wall under Wine opened no presenter line", 60, lambda: os.path.exists(address))
    wait_until("the wall saved no session", 30, lambda: step() is not None)
    before = step()
    presenter, presenter_keys = spawn("presenter")
    # The wall says when a presenter is attached; then one key on the presenter.
    wait_until("the wall never said the presenter attached", 60,
               lambda: b"Presenter attached" in drawn[wall_keys])
    time.sleep(1)
    os.write(presenter_keys, b"n")
    wait_until("the presenter's n did not move the wall", 30, lambda: step() != before)
    print("   presenter under Wine moved the wall: step %d -> %d" % (before, step()))
    os.write(wall_keys, b"\x11")  # Ctrl-Q, twice: quit
    time.sleep(0.5)
    os.write(wall_keys, b"\x11")
    wait_until("the wall did not quit", 30, lambda: wall.poll() is not None)
    wait_until("the presenter did not end with the wall", 30, lambda: presenter.poll() is not None)
    print("   the wall quit (exit %d), the presenter ended with it (exit %d)" % (wall.returncode, presenter.returncode))
finally:
    for process in (wall, presenter):
        if process is not None and process.poll() is None:
            process.kill()
