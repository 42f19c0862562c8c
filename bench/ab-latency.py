#!/usr/bin/env python3
"""Read latency of two running services side by side, in alternating rounds, so that a noisy machine's
changing speed falls on both alike (docs/benchmarks.md). Each service signs in as its auditor.

    python3 bench/ab-latency.py PORT_A PASSWORD_A PORT_B PASSWORD_B ROUNDS REQUESTS PATH...

Every path is first asked 100 times of each service (not counted), then ROUNDS times REQUESTS times of
each in turn, the order swapped every round; the median and p95 of each service's answers, per path.
"""
import base64
import http.client
import sys
import time


def service(port, password):
    auth = 'Basic ' + base64.b64encode(('auditor:' + password).encode()).decode()
    return http.client.HTTPConnection('localhost', int(port)), auth


def ask(target, path, count, times):
    connection, auth = target
    for _ in range(count):
        started = time.perf_counter()
        connection.request('GET', path, headers={'Authorization': auth, 'Accept': 'application/json'})
        answer = connection.getresponse()
        answer.read()
        if answer.status != 200:
            sys.exit(f'{path} answered {answer.status}')
        if times is not None:
            times.append((time.perf_counter() - started) * 1000)


def main(args):
    a, b = service(args[0], args[1]), service(args[2], args[3])
    rounds, requests, paths = int(args[4]), int(args[5]), args[6:]
    times = {(name, path): [] for name in 'AB' for path in paths}
    for path in paths:
        ask(a, path, 100, None)
        ask(b, path, 100, None)
    for round_ in range(rounds):
        for path in paths:
            for name, target in ((('A', a), ('B', b)) if round_ % 2 == 0 else (('B', b), ('A', a))):
                ask(target, path, requests, times[(name, path)])
    for path in paths:
        for name in 'AB':
            taken = sorted(times[(name, path)])
            print(f'{name} {path}: median {taken[len(taken) // 2]:.2f} ms, p95 {taken[int(len(taken) * 0.95)]:.2f} ms ({len(taken)} reads)')


if __name__ == '__main__':
    main(sys.argv[1:])
