"""Runs one maintenance-window scenario against two SSM endpoints with boto3 and prints, as JSON,
every difference between their answers, compared modulo identifiers and timestamps.

Usage: python3 differential.py EMULATOR_URL MOTO_URL

Only the 9 operations moto implements are called: Create/Get/Delete/DescribeMaintenanceWindows,
Register/Deregister/DescribeMaintenanceWindowTargets and Register/Deregister/
DescribeMaintenanceWindowTasks. Identifiers (mw-... and UUIDs) become <window-N> and <uuid-N> in
order of first appearance on each side; timestamps become <timestamp>. Each difference is one line:
"step | path | emulator value | moto value".
"""
import datetime
import json
import re
import sys

import boto3
import botocore.config
import botocore.exceptions

WINDOW = re.compile(r"mw-[0-9a-f]{17}")
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
ABSENT = "<absent>"


def client(url):
    return boto3.client(
        "ssm",
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


class Names:
    """Replaces identifiers by stable placeholders, per side."""

    def __init__(self):
        self.seen = {}

    def text(self, value):
        def name(kind):
            def replace(match):
                key = match.group(0).lower()
                if key not in self.seen:
                    self.seen[key] = "<%s-%d>" % (kind, sum(1 for v in self.seen.values() if v.startswith("<" + kind)) + 1)
                return self.seen[key]
            return replace
        return UUID.sub(name("uuid"), WINDOW.sub(name("window"), value))

    def normal(self, value):
        if isinstance(value, dict):
            return {k: self.normal(v) for k, v in value.items() if k != "ResponseMetadata"}
        if isinstance(value, list):
            return [self.normal(v) for v in value]
        if isinstance(value, (datetime.datetime, datetime.date)):
            return "<timestamp>"
        if isinstance(value, bytes):
            return value.decode("utf-8")
        if isinstance(value, str):
            return self.text(value)
        return value


def call(ssm, operation, **kwargs):
    try:
        return getattr(ssm, operation)(**kwargs)
    except botocore.exceptions.ClientError as e:
        return {"Error": e.response["Error"].get("Code"), "Message": e.response["Error"].get("Message")}


def scenario(ssm):
    """The calls, in order; each yields (step name, raw answer)."""
    steps = []
    created = call(ssm, "create_maintenance_window", Name="diff-window", Description="nightly",
                   Schedule="cron(0 2 ? * TUE *)", Duration=3, Cutoff=1,
                   AllowUnassociatedTargets=False)
    steps.append(("CreateMaintenanceWindow", created))
    window = created.get("WindowId")
    steps.append(("GetMaintenanceWindow", call(ssm, "get_maintenance_window", WindowId=window)))
    steps.append(("DescribeMaintenanceWindows", call(ssm, "describe_maintenance_windows")))
    steps.append(("DescribeMaintenanceWindows Name filter", call(
        ssm, "describe_maintenance_windows", Filters=[{"Key": "Name", "Values": ["diff-window"]}])))
    steps.append(("DescribeMaintenanceWindows Name filter, no match", call(
        ssm, "describe_maintenance_windows", Filters=[{"Key": "Name", "Values": ["nothing"]}])))
    steps.append(("DescribeMaintenanceWindows Enabled filter", call(
        ssm, "describe_maintenance_windows", Filters=[{"Key": "Enabled", "Values": ["false"]}])))
    target = call(ssm, "register_target_with_maintenance_window", WindowId=window,
                  ResourceType="INSTANCE",
                  Targets=[{"Key": "InstanceIds", "Values": ["i-0123456789abcdef0"]}],
                  OwnerInformation="team-a", Name="web", Description="web servers")
    steps.append(("RegisterTargetWithMaintenanceWindow", target))
    target_id = target.get("WindowTargetId")
    steps.append(("DescribeMaintenanceWindowTargets", call(
        ssm, "describe_maintenance_window_targets", WindowId=window)))
    steps.append(("DescribeMaintenanceWindowTargets Type filter, no match", call(
        ssm, "describe_maintenance_window_targets", WindowId=window,
        Filters=[{"Key": "Type", "Values": ["RESOURCE_GROUP"]}])))
    steps.append(("DescribeMaintenanceWindowTargets Type filter, match", call(
        ssm, "describe_maintenance_window_targets", WindowId=window,
        Filters=[{"Key": "Type", "Values": ["INSTANCE"]}])))
    task = call(ssm, "register_task_with_maintenance_window", WindowId=window,
                Targets=[{"Key": "WindowTargetIds", "Values": [target_id]}],
                TaskArn="AWS-RunShellScript", TaskType="RUN_COMMAND", Priority=1,
                MaxConcurrency="2", MaxErrors="1", Name="patch",
                TaskInvocationParameters={"RunCommand": {
                    "Parameters": {"commands": ["echo hello"]}, "TimeoutSeconds": 600}})
    steps.append(("RegisterTaskWithMaintenanceWindow", task))
    task_id = task.get("WindowTaskId")
    steps.append(("DescribeMaintenanceWindowTasks", call(
        ssm, "describe_maintenance_window_tasks", WindowId=window)))
    steps.append(("DescribeMaintenanceWindowTasks TaskType filter, no match", call(
        ssm, "describe_maintenance_window_tasks", WindowId=window,
        Filters=[{"Key": "TaskType", "Values": ["LAMBDA"]}])))
    steps.append(("DescribeMaintenanceWindowTasks TaskType filter, match", call(
        ssm, "describe_maintenance_window_tasks", WindowId=window,
        Filters=[{"Key": "TaskType", "Values": ["RUN_COMMAND"]}])))
    steps.append(("DescribeMaintenanceWindows unknown filter key", call(
        ssm, "describe_maintenance_windows", Filters=[{"Key": "Owner", "Values": ["me"]}])))
    steps.append(("DeregisterTaskFromMaintenanceWindow", call(
        ssm, "deregister_task_from_maintenance_window", WindowId=window, WindowTaskId=task_id)))
    steps.append(("DescribeMaintenanceWindowTasks after deregister", call(
        ssm, "describe_maintenance_window_tasks", WindowId=window)))
    steps.append(("DeregisterTargetFromMaintenanceWindow", call(
        ssm, "deregister_target_from_maintenance_window", WindowId=window,
        WindowTargetId=target_id)))
    steps.append(("DescribeMaintenanceWindowTargets after deregister", call(
        ssm, "describe_maintenance_window_targets", WindowId=window)))
    steps.append(("GetMaintenanceWindow unknown", call(
        ssm, "get_maintenance_window", WindowId="mw-0123456789abcdef0")))
    steps.append(("DeleteMaintenanceWindow", call(ssm, "delete_maintenance_window", WindowId=window)))
    steps.append(("GetMaintenanceWindow deleted", call(ssm, "get_maintenance_window", WindowId=window)))
    steps.append(("DeleteMaintenanceWindow again", call(
        ssm, "delete_maintenance_window", WindowId=window)))
    steps.append(("DescribeMaintenanceWindowTargets deleted window", call(
        ssm, "describe_maintenance_window_targets", WindowId=window)))
    return steps


def differences(step, path, ours, theirs, out):
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in sorted(set(ours) | set(theirs)):
            differences(step, path + "." + key, ours.get(key, ABSENT), theirs.get(key, ABSENT), out)
    elif isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs):
        for i, (a, b) in enumerate(zip(ours, theirs)):
            differences(step, "%s[%d]" % (path, i), a, b, out)
    elif ours != theirs:
        out.append("%s | %s | %s | %s" % (step, path or ".", json.dumps(ours, sort_keys=True),
                                          json.dumps(theirs, sort_keys=True)))


def main():
    emulator, moto = client(sys.argv[1]), client(sys.argv[2])
    ours, theirs = scenario(emulator), scenario(moto)
    ours_names, theirs_names = Names(), Names()
    out = []
    for (step, a), (_, b) in zip(ours, theirs):
        differences(step, "", ours_names.normal(a), theirs_names.normal(b), out)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
