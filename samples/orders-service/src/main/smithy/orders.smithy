$version: "2"

namespace com.example.orders

/// Orders of a small web shop: place an order, read it back, list a customer's orders.
@aws.protocols#awsJson1_1
service Orders {
    version: "2026-12-01"
    operations: [CreateOrder, GetOrder, ListOrders]
    errors: [CustomerNotFound]
}

/// Places an order for a customer and answers it as stored.
operation CreateOrder {
    input := {
        @required
        CustomerId: CustomerId

        /// What is ordered: at least one line, at most 20.
        @required
        @length(min: 1, max: 20)
        Lines: OrderLines

        @required
        Payment: Payment

        /// Where each part of the order goes, by a label the customer chose ("home", "office").
        Deliveries: Deliveries

        Shipping: ShippingSpeed = "STANDARD"

        Priority: Priority

        Tags: Tags

        /// Free-form notes by team; a team may send null to say it has none.
        Notes: Notes

        GiftMessage: GiftMessage

        /// Makes a retry safe: a create repeated with this token answers the order it created.
        @idempotencyToken
        @length(min: 1, max: 64)
        ClientToken: String
    }
    output := {
        @required
        Order: Order
    }
    errors: [IdempotentParameterMismatch]
}

/// One order of a customer.
@readonly
operation GetOrder {
    input := {
        @required
        OrderId: OrderId
    }
    output := {
        @required
        Order: Order
    }
    errors: [OrderNotFound]
}

/// A customer's orders, newest first.
@readonly
@paginated(inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults", items: "Orders")
operation ListOrders {
    input := {
        @required
        CustomerId: CustomerId

        /// Only orders in these states; all of them when absent.
        Statuses: StatusFilter

        @range(min: 1, max: 50)
        MaxResults: Integer

        @length(min: 1, max: 1024)
        NextToken: String
    }
    output := {
        Orders: OrderList
        NextToken: String
    }
}

/// A customer's id, as the shop issues it.
@length(min: 3, max: 34)
@pattern("^c-[0-9a-f]+$")
string CustomerId

/// An order's id, as the shop issues it.
@length(min: 3, max: 34)
@pattern("^o-[0-9a-f]+$")
string OrderId

/// A stock-keeping unit.
@length(min: 1, max: 24)
@pattern("^[A-Z0-9-]+$")
string Sku

list OrderLines {
    member: OrderLine
}

/// One line of an order. A line may be a bundle, whose components are lines themselves.
structure OrderLine {
    @required
    Sku: Sku

    @required
    @range(min: 1, max: 100)
    Quantity: Integer

    /// The price of one unit in the order's currency: at least one cent.
    @range(min: 0.01, max: 99999.99)
    UnitPrice: BigDecimal

    /// The parts of a bundle.
    @length(max: 10)
    Components: OrderLines
}

/// How the customer pays: exactly one of these.
union Payment {
    Card: Card

    /// A voucher code printed on a gift voucher.
    @length(min: 8, max: 16)
    @pattern("^[A-Z0-9]+$")
    Voucher: String

    /// Pay later, against an invoice account.
    InvoiceAccount: InvoiceAccount
}

/// A payment card.
structure Card {
    @required
    Number: CardNumber

    @required
    @pattern("^(0[1-9]|1[0-2])/[0-9]{2}$")
    Expiry: String
}

/// An invoice account of a business customer.
structure InvoiceAccount {
    @required
    @length(min: 4, max: 20)
    AccountId: String

    @range(min: 0, max: 90)
    PaymentTermDays: Integer = 30
}

map Deliveries {
    @length(min: 1, max: 16)
    key: String

    value: Address
}

/// A postal address.
structure Address {
    @required
    @length(min: 1, max: 100)
    Line1: String

    @required
    @pattern("^[A-Z0-9 -]{3,10}$")
    PostalCode: String

    /// ISO 3166-1 alpha-2.
    @required
    @length(min: 2, max: 2)
    Country: String
}

/// How fast the order ships.
enum ShippingSpeed {
    STANDARD
    EXPRESS = "express"
}

/// How soon the warehouse picks the order.
intEnum Priority {
    LOW = 1
    NORMAL = 2
    URGENT = 3
}

@uniqueItems
@length(max: 10)
list Tags {
    member: Tag
}

@length(min: 1, max: 32)
@pattern("^[a-z-]+$")
string Tag

@sparse
@length(max: 5)
map Notes {
    key: String

    @length(min: 1, max: 140)
    value: String
}

/// Where an order stands.
enum OrderStatus {
    PENDING
    SHIPPED
    CANCELLED
}

@uniqueItems
@length(min: 1, max: 4)
list StatusFilter {
    member: OrderStatus
}

/// Printed on the gift card and nowhere else, never in a message.
@sensitive
@length(min: 1, max: 200)
string GiftMessage

/// A card number; never echoed.
@sensitive
@pattern("^[0-9]{12,19}$")
string CardNumber

list OrderList {
    member: Order
}

/// An order as stored.
structure Order {
    @required
    OrderId: OrderId

    @required
    CustomerId: CustomerId

    @required
    Status: OrderStatus

    @required
    Lines: OrderLines

    /// The sum of every line, components included.
    @required
    Total: BigDecimal

    @required
    PlacedAt: Timestamp
}

/// The customer does not exist; create it first.
@error("client")
@httpError(404)
structure CustomerNotFound {
    Message: String
}

/// A client token was used before with other parameters.
@error("client")
@httpError(400)
structure IdempotentParameterMismatch {
    Message: String
}

/// No order has this id.
@error("client")
@httpError(404)
structure OrderNotFound {
    Message: String
}
