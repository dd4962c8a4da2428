import json, os, uuid
import boto3

orders = boto3.resource("dynamodb").Table(os.environ["ORDERS_TABLE"])
sqs = boto3.client("sqs")


def handler(event, context):
    route = event["routeKey"]
    if route == "GET /orders/{id}":
        item = orders.get_item(Key={"pk": event["pathParameters"]["id"], "sk": "order"}).get("Item")
        return {"statusCode": 200 if item else 404, "body": json.dumps(item, default=str)}
    if route == "POST /orders":
        order = json.loads(event.get("body") or "{}")
        order_id = str(uuid.uuid4())
        customer = event["requestContext"]["authorizer"]["jwt"]["claims"]["sub"]
        orders.put_item(Item={"pk": order_id, "sk": "order", "customer": customer, "lines": order.get("lines", [])})
        sqs.send_message(QueueUrl=os.environ["FULFILMENT_QUEUE"], MessageBody=json.dumps({"order": order_id}))
        return {"statusCode": 201, "body": json.dumps({"id": order_id})}
    return {"statusCode": 404}
