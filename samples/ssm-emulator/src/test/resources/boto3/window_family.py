"""All 23 maintenance-window operations through boto3, against the emulator's manual clock, through
the API only: create a weekly window, register targets and tasks, read the schedule, advance past
the start, read what ran through every execution operation, script a failure, cancel a run,
disable the window and see no new runs, delete it and see its targets and tasks gone.

Usage: python3 window_family.py ENDPOINT
  The emulator's manual clock must stand at 2027-01-04T00:00:00Z (a Monday) when it starts.
Prints one line "OK ..." on success; any failed check raises, which exits non-zero.
"""
import datetime
import json
import sys
import urllib.request

import boto3

endpoint = sys.argv[1]
ssm = boto3.client("ssm", endpoint_url=endpoint, region_name="us-east-1")
START = datetime.datetime(2027, 1, 4, tzinfo=datetime.timezone.utc)


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


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def executions(window_id):
    paginator = ssm.get_paginator("describe_maintenance_window_executions")
    return [e for page in paginator.paginate(WindowId=window_id) for e in page["WindowExecutions"]]


def does_not_exist(call, **kwargs):
    try:
        call(**kwargs)
    except ssm.exceptions.DoesNotExistException:
        return True
    return False


def execution_time(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


# Resources, all through the API.
window_id = ssm.create_maintenance_window(
    Name="family-weekly",
    Schedule="cron(0 2 ? * MON *)",
    Duration=4,
    Cutoff=1,
    AllowUnassociatedTargets=False,
)["WindowId"]
window = ssm.get_maintenance_window(WindowId=window_id)
check(window["CreatedDate"] == START, ("the emulator clock dates a new window", window))
target_id = ssm.register_target_with_maintenance_window(
    WindowId=window_id,
    ResourceType="INSTANCE",
    Targets=[{"Key": "InstanceIds", "Values": ["i-0a", "i-0b"]}],
)["WindowTargetId"]
spare = ssm.register_target_with_maintenance_window(
    WindowId=window_id,
    ResourceType="INSTANCE",
    Targets=[{"Key": "InstanceIds", "Values": ["i-0c"]}],
)["WindowTargetId"]
ssm.update_maintenance_window_target(
    WindowId=window_id, WindowTargetId=target_id, OwnerInformation="web owner"
)
ssm.deregister_target_from_maintenance_window(WindowId=window_id, WindowTargetId=spare)
targets = ssm.describe_maintenance_window_targets(WindowId=window_id)["Targets"]
check([t["WindowTargetId"] for t in targets] == [target_id], targets)
task_ids = {}
for priority, arn in ((1, "AWS-RunShellScript"), (2, "AWS-RunPatchBaseline")):
    task_ids[arn] = ssm.register_task_with_maintenance_window(
        WindowId=window_id,
        TaskArn=arn,
        TaskType="RUN_COMMAND",
        Priority=priority,
        Targets=[{"Key": "WindowTargetIds", "Values": [target_id]}],
        MaxConcurrency="10",
        MaxErrors="1",
    )["WindowTaskId"]
spare_task = ssm.register_task_with_maintenance_window(
    WindowId=window_id, TaskArn="AWS-RunShellScript", TaskType="RUN_COMMAND", Priority=3
)["WindowTaskId"]
ssm.deregister_task_from_maintenance_window(WindowId=window_id, WindowTaskId=spare_task)
ssm.update_maintenance_window_task(
    WindowId=window_id, WindowTaskId=task_ids["AWS-RunPatchBaseline"], Description="patch last"
)
patch = ssm.get_maintenance_window_task(
    WindowId=window_id, WindowTaskId=task_ids["AWS-RunPatchBaseline"]
)
check(patch["Description"] == "patch last", patch)
check(len(ssm.describe_maintenance_window_tasks(WindowId=window_id)["Tasks"]) == 2, "two tasks")
for_target = ssm.describe_maintenance_windows_for_target(
    ResourceType="INSTANCE", Targets=[{"Key": "InstanceIds", "Values": ["i-0b"]}]
)["WindowIdentities"]
check([w["WindowId"] for w in for_target] == [window_id], for_target)

# The schedule: the listing and NextExecutionTime name the run the scheduler makes.
schedule = ssm.describe_maintenance_window_schedule(WindowId=window_id, MaxResults=2)[
    "ScheduledWindowExecutions"
]
check([s["ExecutionTime"] for s in schedule] == ["2027-01-04T02:00Z", "2027-01-11T02:00Z"], schedule)
check(
    ssm.get_maintenance_window(WindowId=window_id)["NextExecutionTime"]
    == schedule[0]["ExecutionTime"],
    "NextExecutionTime and the schedule agree",
)
described = ssm.describe_maintenance_windows(Filters=[{"Key": "Name", "Values": ["family-weekly"]}])[
    "WindowIdentities"
]
check([w["WindowId"] for w in described] == [window_id], described)
check(described[0]["NextExecutionTime"] == schedule[0]["ExecutionTime"], described)
first_run = execution_time(schedule[0]["ExecutionTime"])
check(executions(window_id) == [], "no execution before the first run")

control("clock", {"advanceSeconds": 3 * 3600})

listed = executions(window_id)
check(len(listed) == 1, listed)
execution = listed[0]
check(execution["Status"] == "SUCCESS", execution)
check(execution["StartTime"] == first_run, (execution, first_run))
execution_id = execution["WindowExecutionId"]
got = ssm.get_maintenance_window_execution(WindowExecutionId=execution_id)
for member in ("Status", "StartTime", "EndTime"):
    check(got[member] == execution[member], (member, got, execution))
tasks = ssm.describe_maintenance_window_execution_tasks(WindowExecutionId=execution_id)[
    "WindowExecutionTaskIdentities"
]
check(sorted(t["TaskExecutionId"] for t in tasks) == sorted(got["TaskIds"]), (tasks, got))
check(sorted(t["TaskArn"] for t in tasks) == sorted(task_ids), tasks)
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
    check(len(invocations) == 2, invocations)
    for invocation in invocations:
        invocation_count += 1
        check(invocation["WindowTargetId"] == target_id, invocation)
        check(invocation["OwnerInformation"] == "web owner", invocation)
        one = ssm.get_maintenance_window_execution_task_invocation(
            WindowExecutionId=execution_id,
            TaskId=identity["TaskExecutionId"],
            InvocationId=invocation["InvocationId"],
        )
        for member in ("Status", "ExecutionId", "StartTime", "EndTime", "WindowTargetId"):
            check(one[member] == invocation[member], (member, one, invocation))

# A scripted failure on one instance makes the next run FAILED.
control(
    "outcomes",
    {
        "rules": [
            {
                "taskArn": "AWS-RunShellScript",
                "instanceId": "i-0b",
                "status": "FAILED",
                "statusDetails": "Failed",
                "durationSeconds": 30,
            }
        ]
    },
)
control("clock", {"advanceSeconds": 7 * 86400})
failed = executions(window_id)[0]
check(failed["StartTime"] == first_run + datetime.timedelta(days=7), failed)
check(failed["Status"] == "FAILED", failed)

# A run held in progress by ten-minute invocations, cancelled.
control("outcomes", {"rules": [{"status": "SUCCESS", "durationSeconds": 600}]})
control("clock", {"advanceSeconds": 7 * 86400 - 3600 + 30})
running = executions(window_id)[0]
check(running["Status"] == "IN_PROGRESS", running)
ssm.cancel_maintenance_window_execution(WindowExecutionId=running["WindowExecutionId"])
control("clock", {"advanceSeconds": 0})
status = ssm.get_maintenance_window_execution(WindowExecutionId=running["WindowExecutionId"])
check(status["Status"] == "CANCELLED", status)

# Disabled: no next run and no new runs.
control("outcomes", {"rules": []})
ssm.update_maintenance_window(WindowId=window_id, Enabled=False)
check("NextExecutionTime" not in ssm.get_maintenance_window(WindowId=window_id), "no next run")
disabled = ssm.describe_maintenance_windows(Filters=[{"Key": "Enabled", "Values": ["false"]}])[
    "WindowIdentities"
]
check([w["WindowId"] for w in disabled] == [window_id], disabled)
control("clock", {"advanceSeconds": 21 * 86400})
count = len(executions(window_id))
check(count == 3, executions(window_id))

# Deleted: the window, its targets and its tasks are gone.
ssm.delete_maintenance_window(WindowId=window_id)
check(does_not_exist(ssm.get_maintenance_window, WindowId=window_id), "window still there")
check(
    does_not_exist(ssm.describe_maintenance_window_targets, WindowId=window_id),
    "targets still listed",
)
check(
    does_not_exist(ssm.describe_maintenance_window_tasks, WindowId=window_id), "tasks still listed"
)
check(
    does_not_exist(
        ssm.get_maintenance_window_task,
        WindowId=window_id,
        WindowTaskId=task_ids["AWS-RunShellScript"],
    ),
    "task still readable",
)
print("OK executions=%d invocations=%d" % (count, invocation_count))
