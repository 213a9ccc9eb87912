// A company page as a Relay frontend writes it: the company refetchable by node(id:), and its
// members, products and end customers as paginated connections. Compiled by test/relay.test.ts.
const graphql = String.raw;

export const CompanyPageQuery = graphql`
  query CompanyPageQuery($id: ID!) {
    company(id: $id) {
      ...CompanyPage_company
      ...CompanyPage_members
      ...CompanyPage_products
      ...CompanyPage_endCustomers
    }
  }
`;

export const CompanyPage_company = graphql`
  fragment CompanyPage_company on Company @refetchable(queryName: "CompanyPageRefetchQuery") {
    id
    name
    accessTypes
    isOwner
    marketplace {
      id
      name
    }
    theme {
      id
      name
      primaryColor
      accentColor
    }
  }
`;

export const CompanyPage_members = graphql`
  fragment CompanyPage_members on Company
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" })
  @refetchable(queryName: "CompanyMembersPaginationQuery") {
    members(first: $count, after: $cursor) @connection(key: "CompanyPage_members") {
      totalCount
      edges {
        node {
          id
          roles
          user {
            id
            name
            email
          }
        }
      }
    }
  }
`;

export const CompanyPage_products = graphql`
  fragment CompanyPage_products on Company
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" })
  @refetchable(queryName: "CompanyProductsPaginationQuery") {
    products(first: $count, after: $cursor) @connection(key: "CompanyPage_products") {
      edges {
        node {
          id
          name
          state
        }
      }
    }
  }
`;

export const CompanyPage_endCustomers = graphql`
  fragment CompanyPage_endCustomers on Company
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" })
  @refetchable(queryName: "CompanyEndCustomersPaginationQuery") {
    endCustomers(first: $count, after: $cursor) @connection(key: "CompanyPage_endCustomers") {
      edges {
        node {
          id
          name
          externalId
          active
        }
      }
    }
  }
`;
