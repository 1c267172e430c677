"""The maintenance-window resource lifecycle through boto3 (botocore's own models and error
parsing, which reads only the response body), against the emulator at sys.argv[1]. Exits 0 and
prints OK when every check holds; an AssertionError otherwise.

The emulator's clock stands still at Monday 2027-01-04T00:00Z (the test starts it on a manual
clock), so next execution times are fixed.
"""
import re
import sys

import boto3
import botocore.config
import botocore.exceptions

ssm = boto3.client(
    "ssm",
    endpoint_url=sys.argv[1],
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
    config=botocore.config.Config(retries={"max_attempts": 1}),
)


def error_of(operation, **kwargs):
    try:
        getattr(ssm, operation)(**kwargs)
    except botocore.exceptions.ClientError as e:
        return e.response["Error"]["Code"], e.response["Error"]["Message"]
    raise AssertionError(operation + " succeeded")


window = ssm.create_maintenance_window(
    Name="boto3-window", Schedule="cron(0 2 ? * TUE *)", Duration=3, Cutoff=1,
    AllowUnassociatedTargets=False, ClientToken="boto3-token")["WindowId"]
assert re.fullmatch(r"mw-[0-9a-f]{17}", window), window
assert ssm.create_maintenance_window(
    Name="boto3-window", Schedule="cron(0 2 ? * TUE *)", Duration=3, Cutoff=1,
    AllowUnassociatedTargets=False, ClientToken="boto3-token")["WindowId"] == window
assert error_of("create_maintenance_window", Name="other", Schedule="cron(0 2 ? * TUE *)",
                Duration=3, Cutoff=1, AllowUnassociatedTargets=False,
                ClientToken="boto3-token")[0] == "IdempotentParameterMismatch"

got = ssm.get_maintenance_window(WindowId=window)
assert got["Name"] == "boto3-window" and got["Enabled"] is True, got
assert got["NextExecutionTime"] == "2027-01-05T02:00Z", got
assert got["CreatedDate"].isoformat() == "2027-01-04T00:00:00+00:00", got["CreatedDate"]

updated = ssm.update_maintenance_window(WindowId=window, Description="weekly patching")
assert updated["Description"] == "weekly patching" and updated["Schedule"] == "cron(0 2 ? * TUE *)"

windows = ssm.describe_maintenance_windows(Filters=[{"Key": "Name", "Values": ["boto3-window"]}])
assert [w["WindowId"] for w in windows["WindowIdentities"]] == [window], windows
assert "NextToken" not in windows

target = ssm.register_target_with_maintenance_window(
    WindowId=window, ResourceType="INSTANCE",
    Targets=[{"Key": "InstanceIds", "Values": ["i-0123456789abcdef0"]}],
    OwnerInformation="team-a")["WindowTargetId"]
ssm.update_maintenance_window_target(WindowId=window, WindowTargetId=target, Name="web")
targets = ssm.describe_maintenance_window_targets(
    WindowId=window, Filters=[{"Key": "OwnerInformation", "Values": ["team-a"]}])["Targets"]
assert len(targets) == 1 and targets[0]["Name"] == "web" and targets[0]["ResourceType"] == "INSTANCE"

task = ssm.register_task_with_maintenance_window(
    WindowId=window, TaskArn="AWS-RunPatchBaseline", TaskType="RUN_COMMAND", Priority=1,
    Targets=[{"Key": "WindowTargetIds", "Values": [target]}], MaxConcurrency="2", MaxErrors="1",
    TaskInvocationParameters={"RunCommand": {"Parameters": {"Operation": ["Install"]}}})["WindowTaskId"]
got_task = ssm.get_maintenance_window_task(WindowId=window, WindowTaskId=task)
assert got_task["TaskInvocationParameters"]["RunCommand"]["Parameters"] == {"Operation": ["Install"]}
ssm.update_maintenance_window_task(WindowId=window, WindowTaskId=task, Priority=5)
tasks = ssm.describe_maintenance_window_tasks(
    WindowId=window, Filters=[{"Key": "Priority", "Values": ["5"]}])["Tasks"]
assert [t["WindowTaskId"] for t in tasks] == [task], tasks
assert tasks[0]["Type"] == "RUN_COMMAND"

code, message = error_of("deregister_target_from_maintenance_window", WindowId=window,
                         WindowTargetId=target, Safe=True)
assert code == "TargetInUseException", code

for_target = ssm.describe_maintenance_windows_for_target(
    ResourceType="INSTANCE", Targets=[{"Key": "InstanceIds", "Values": ["i-0123456789abcdef0"]}])
assert window in [w["WindowId"] for w in for_target["WindowIdentities"]], for_target
schedule = ssm.describe_maintenance_window_schedule(WindowId=window, MaxResults=1)
assert [s["ExecutionTime"] for s in schedule["ScheduledWindowExecutions"]] == ["2027-01-05T02:00Z"]
assert schedule["NextToken"], schedule

ssm.deregister_task_from_maintenance_window(WindowId=window, WindowTaskId=task)
ssm.deregister_target_from_maintenance_window(WindowId=window, WindowTargetId=target, Safe=True)
ssm.delete_maintenance_window(WindowId=window)
code, message = error_of("get_maintenance_window", WindowId=window)
assert (code, message) == ("DoesNotExistException",
                           "Maintenance window %s does not exist" % window), (code, message)
print("OK")
