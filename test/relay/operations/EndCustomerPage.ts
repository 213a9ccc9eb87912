// A partner dashboard's end customer page: the customer, its keysets paged, and the apps and
// keysets behind it refetchable by node(id:). Compiled by test/relay.test.ts.
const graphql = String.raw;

export const EndCustomerPageQuery = graphql`
  query EndCustomerPageQuery($id: ID!) {
    endCustomer(id: $id) {
      ...EndCustomerPage_endCustomer
      ...EndCustomerPage_keysets
    }
  }
`;

export const EndCustomerPage_endCustomer = graphql`
  fragment EndCustomerPage_endCustomer on EndCustomer @refetchable(queryName: "EndCustomerPageRefetchQuery") {
    id
    name
    externalId
    active
    partner {
      id
      name
    }
  }
`;

export const EndCustomerPage_keysets = graphql`
  fragment EndCustomerPage_keysets on EndCustomer
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" })
  @refetchable(queryName: "EndCustomerKeysetsPaginationQuery") {
    keysets(first: $count, after: $cursor) @connection(key: "EndCustomerPage_keysets") {
      edges {
        node {
          ...EndCustomerPage_keyset
        }
      }
    }
  }
`;

export const EndCustomerPage_keyset = graphql`
  fragment EndCustomerPage_keyset on Keyset @refetchable(queryName: "KeysetRefetchQuery") {
    id
    name
    enabled
    publishKey
    app {
      ...EndCustomerPage_app
    }
  }
`;

export const EndCustomerPage_app = graphql`
  fragment EndCustomerPage_app on App @refetchable(queryName: "AppRefetchQuery") {
    id
    name
  }
`;
