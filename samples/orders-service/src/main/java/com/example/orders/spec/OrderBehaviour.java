package com.example.orders.spec;

import io.shapeforge.spec.Resource;

/**
 * What the Smithy model cannot say about orders: they are stored records, created by CreateOrder,
 * read by GetOrder and listed by ListOrders (a customer's, by its CustomerId member). Written apart
 * from the imported spec, which every build regenerates.
 */
@Resource(
    record = Order.class,
    identifier = "orderId",
    mintPrefix = "o-", // OrderId's pattern ^o-[0-9a-f]+$ gives no length to derive a minter from
    mintHexDigits = 17,
    notFound = OrderNotFound.class,
    notFoundMessage = "Order {} does not exist",
    idempotencyMismatch = IdempotentParameterMismatch.class,
    idempotencyMismatchMessage = "The client token was already used for another order",
    create = CreateOrder.class,
    read = GetOrder.class,
    list = ListOrders.class)
interface OrderBehaviour {}
