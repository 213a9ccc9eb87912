// A product page: the product refetchable by node(id:), its versions paged backwards from the
// newest. Compiled by test/relay.test.ts.
const graphql = String.raw;

export const ProductPageQuery = graphql`
  query ProductPageQuery($id: ID!) {
    product(id: $id) {
      ...ProductPage_product
      ...ProductPage_versions
    }
  }
`;

export const ProductPage_product = graphql`
  fragment ProductPage_product on Product @refetchable(queryName: "ProductPageRefetchQuery") {
    id
    name
    state
    tagline
    vendor {
      id
      name
    }
  }
`;

export const ProductPage_versions = graphql`
  fragment ProductPage_versions on Product
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" })
  @refetchable(queryName: "ProductVersionsPaginationQuery") {
    versions(last: $count, before: $cursor) @connection(key: "ProductPage_versions") {
      edges {
        node {
          id
          version
          state
        }
      }
    }
  }
`;
