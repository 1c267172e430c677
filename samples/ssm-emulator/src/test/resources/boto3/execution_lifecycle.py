"""The maintenance-window execution family through boto3, against the emulator's manual clock.

Usage: python3 execution_lifecycle.py ENDPOINT WINDOW_ID STEP
  STEP "run":     advance past the first weekly run; check every execution operation agrees;
                  then cancel the next run and see CANCELLING, then CANCELLED.
  STEP "silent":  advance three weeks; print the number of executions (the window is disabled).
Prints one line "OK ..." on success; any failed check raises, which exits non-zero.
"""
import json
import sys
import urllib.request

import boto3

endpoint, window_id, step = sys.argv[1], sys.argv[2], sys.argv[3]
ssm = boto3.client("ssm", endpoint_url=endpoint, region_name="us-east-1")


def control(path, body):
    request = urllib.request.Request(
        endpoint + "/_shapeforge/" + path,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request) as response:
        assert response.status == 200, response.status
        return json.loads(response.read())


def executions():
    paginator = ssm.get_paginator("describe_maintenance_window_executions")
    return [e for page in paginator.paginate(WindowId=window_id) for e in page["WindowExecutions"]]


def check(condition, message):
    if not condition:
        raise AssertionError(message)


if step == "run":
    check(executions() == [], "no execution before the first run")
    moved = control("clock", {"advanceSeconds": 3 * 3600})
    listed = executions()
    check(len(listed) == 1, "one execution: %r" % listed)
    execution = listed[0]
    check(execution["Status"] == "SUCCESS", execution)
    execution_id = execution["WindowExecutionId"]
    got = ssm.get_maintenance_window_execution(WindowExecutionId=execution_id)
    for member in ("Status", "StartTime", "EndTime"):
        check(got[member] == execution[member], (member, got, execution))
    tasks = ssm.describe_maintenance_window_execution_tasks(WindowExecutionId=execution_id)[
        "WindowExecutionTaskIdentities"
    ]
    check(
        sorted(t["TaskExecutionId"] for t in tasks) == sorted(got["TaskIds"]),
        (tasks, got["TaskIds"]),
    )
    invocation_count = 0
    for identity in tasks:
        task = ssm.get_maintenance_window_execution_task(
            WindowExecutionId=execution_id, TaskId=identity["TaskExecutionId"]
        )
        for member in ("Status", "StartTime", "EndTime", "TaskArn"):
            check(task[member] == identity[member], (member, task, identity))
        invocations = ssm.describe_maintenance_window_execution_task_invocations(
            WindowExecutionId=execution_id, TaskId=identity["TaskExecutionId"]
        )["WindowExecutionTaskInvocationIdentities"]
        for invocation in invocations:
            invocation_count += 1
            one = ssm.get_maintenance_window_execution_task_invocation(
                WindowExecutionId=execution_id,
                TaskId=identity["TaskExecutionId"],
                InvocationId=invocation["InvocationId"],
            )
            for member in ("Status", "ExecutionId", "StartTime", "EndTime", "WindowTargetId"):
                check(one[member] == invocation[member], (member, one, invocation))
            check(one["Status"] == "SUCCESS", one)
        filtered = ssm.describe_maintenance_window_execution_task_invocations(
            WindowExecutionId=execution_id,
            TaskId=identity["TaskExecutionId"],
            Filters=[{"Key": "STATUS", "Values": ["FAILED"]}],
        )["WindowExecutionTaskInvocationIdentities"]
        check(filtered == [], filtered)

    # The next weekly run, held in progress by a scripted 10-minute outcome, then cancelled.
    control("outcomes", {"rules": [{"status": "SUCCESS", "durationSeconds": 600}]})
    control("clock", {"advanceSeconds": 7 * 86400 - 3600 + 30})
    second = executions()[0]
    check(second["Status"] == "IN_PROGRESS", second)
    cancelled = ssm.cancel_maintenance_window_execution(
        WindowExecutionId=second["WindowExecutionId"]
    )
    check(cancelled["WindowExecutionId"] == second["WindowExecutionId"], cancelled)
    status = ssm.get_maintenance_window_execution(WindowExecutionId=second["WindowExecutionId"])
    check(status["Status"] == "CANCELLING", status)
    control("clock", {"advanceSeconds": 0})
    status = ssm.get_maintenance_window_execution(WindowExecutionId=second["WindowExecutionId"])
    check(status["Status"] == "CANCELLED", status)
    try:
        ssm.get_maintenance_window_execution(
            WindowExecutionId="00000000-0000-4000-8000-00000000dead"
        )
        raise AssertionError("an unknown execution was found")
    except ssm.exceptions.DoesNotExistException as e:
        check(
            e.response["Error"]["Message"]
            == "Maintenance window execution 00000000-0000-4000-8000-00000000dead does not exist",
            e.response,
        )
    print("OK executions=%d invocations=%d" % (len(executions()), invocation_count))
elif step == "silent":
    control("clock", {"advanceSeconds": 21 * 86400})
    print("OK executions=%d" % len(executions()))
else:
    raise SystemExit("unknown step " + step)
