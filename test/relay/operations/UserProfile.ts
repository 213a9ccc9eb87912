// The signed-in user's profile: the user refetchable by node(id:) and its assigned apps paged;
// leads and subscriptions refetched by ID after a change. Compiled by test/relay.test.ts.
const graphql = String.raw;

export const UserProfileQuery = graphql`
  query UserProfileQuery {
    viewer {
      user {
        ...UserProfile_user
        ...UserProfile_myApps
      }
    }
  }
`;

export const UserProfile_user = graphql`
  fragment UserProfile_user on User @refetchable(queryName: "UserProfileRefetchQuery") {
    id
    name
    email
    memberships {
      id
      roles
      company {
        id
        name
      }
    }
  }
`;

export const UserProfile_myApps = graphql`
  fragment UserProfile_myApps on User
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" })
  @refetchable(queryName: "UserMyAppsPaginationQuery") {
    myApps(first: $count, after: $cursor) @connection(key: "UserProfile_myApps") {
      edges {
        node {
          id
          active
          product {
            id
            name
          }
        }
      }
    }
  }
`;

export const UserProfile_lead = graphql`
  fragment UserProfile_lead on Lead @refetchable(queryName: "LeadRefetchQuery") {
    id
    state
    prospectCompanyName
  }
`;

export const UserProfile_subscription = graphql`
  fragment UserProfile_subscription on ProductSubscription @refetchable(queryName: "SubscriptionRefetchQuery") {
    id
    state
    edition {
      id
      name
    }
  }
`;

export const UserProfile_marketplace = graphql`
  fragment UserProfile_marketplace on Marketplace @refetchable(queryName: "MarketplaceRefetchQuery") {
    id
    name
    slug
  }
`;
