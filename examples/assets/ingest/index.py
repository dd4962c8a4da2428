import base64, os, uuid
import boto3

s3 = boto3.client("s3")

def handler(event, context):
    body = base64.b64decode(event.get("body") or "")
    key = f"uploads/{uuid.uuid4()}"
    s3.put_object(Bucket=os.environ["UPLOADS_BUCKET"], Key=key, Body=body)
    return {"statusCode": 201, "body": key}
