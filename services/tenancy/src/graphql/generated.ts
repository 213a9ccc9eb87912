/* eslint-disable */
// Generated from schema/tenancy.graphql by `npm run codegen`. Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EndCustomer as EndCustomerModel } from '../entities';
import type { CompanyRef as CompanyRefModel, EndCustomerConnectionModel as EndCustomerConnectionModelModel } from './models';
import type { TenancyContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: any; output: any; }
};

export type Company = {
  __typename?: 'Company';
  /** End customers of this partner. */
  endCustomers: EndCustomerConnection;
  id: Scalars['ID']['output'];
};


export type CompanyEndCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateEndCustomerInput = {
  /** Letters, digits, _ and -, at most 255 characters. */
  externalId: Scalars['String']['input'];
  name: Scalars['String']['input'];
  partnerCompanyId: Scalars['ID']['input'];
};

/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomer = {
  __typename?: 'EndCustomer';
  createdAt: Scalars['DateTime']['output'];
  /** The customer's ID in the partner's own system; fixed once saved. */
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  partner: Company;
};

export type EndCustomerConnection = {
  __typename?: 'EndCustomerConnection';
  edges: Array<EndCustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EndCustomerEdge = {
  __typename?: 'EndCustomerEdge';
  cursor: Scalars['String']['output'];
  node: EndCustomer;
};

export type EndCustomerPayload = {
  __typename?: 'EndCustomerPayload';
  endCustomer?: Maybe<EndCustomer>;
  userErrors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  createEndCustomer: EndCustomerPayload;
};


export type MutationCreateEndCustomerArgs = {
  input: CreateEndCustomerInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An end customer of a partner, by ID or by the partner's own external ID. */
  endCustomer?: Maybe<EndCustomer>;
};


export type QueryEndCustomerArgs = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  partnerCompanyId?: InputMaybe<Scalars['ID']['input']>;
};

/** An expected business failure of a mutation: which input field, what kind, and which rule. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Dotted path of the offending input field, when one is to blame. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The specification rule that refused the change, such as I7. */
  rule?: Maybe<Scalars['String']['output']>;
};

export type UserErrorCode =
  | 'CONFLICT'
  | 'EXPIRED'
  | 'ILLEGAL_TRANSITION'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'RULE_VIOLATION'
  | 'THROTTLED';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Company: ResolverTypeWrapper<CompanyRefModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateEndCustomerInput: CreateEndCustomerInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EndCustomer: ResolverTypeWrapper<EndCustomerModel>;
  EndCustomerConnection: ResolverTypeWrapper<EndCustomerConnectionModelModel>;
  EndCustomerEdge: ResolverTypeWrapper<Omit<EndCustomerEdge, 'node'> & { node: ResolversTypes['EndCustomer'] }>;
  EndCustomerPayload: ResolverTypeWrapper<Omit<EndCustomerPayload, 'endCustomer'> & { endCustomer?: Maybe<ResolversTypes['EndCustomer']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<{}>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Company: CompanyRefModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  CreateEndCustomerInput: CreateEndCustomerInput;
  DateTime: Scalars['DateTime']['output'];
  EndCustomer: EndCustomerModel;
  EndCustomerConnection: EndCustomerConnectionModelModel;
  EndCustomerEdge: Omit<EndCustomerEdge, 'node'> & { node: ResolversParentTypes['EndCustomer'] };
  EndCustomerPayload: Omit<EndCustomerPayload, 'endCustomer'> & { endCustomer?: Maybe<ResolversParentTypes['EndCustomer']> };
  Mutation: {};
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: {};
  UserError: UserError;
};

export type CompanyResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']>, { __typename: 'Company' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  endCustomers?: Resolver<ResolversTypes['EndCustomerConnection'], ParentType, ContextType, Partial<CompanyEndCustomersArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EndCustomerResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EndCustomer'] = ResolversParentTypes['EndCustomer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EndCustomer']>, { __typename: 'EndCustomer' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EndCustomerConnectionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EndCustomerConnection'] = ResolversParentTypes['EndCustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EndCustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EndCustomerEdgeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EndCustomerEdge'] = ResolversParentTypes['EndCustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EndCustomer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EndCustomerPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EndCustomerPayload'] = ResolversParentTypes['EndCustomerPayload']> = {
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createEndCustomer?: Resolver<ResolversTypes['EndCustomerPayload'], ParentType, ContextType, RequireFields<MutationCreateEndCustomerArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType, Partial<QueryEndCustomerArgs>>;
};

export type UserErrorResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = TenancyContext> = {
  Company?: CompanyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EndCustomer?: EndCustomerResolvers<ContextType>;
  EndCustomerConnection?: EndCustomerConnectionResolvers<ContextType>;
  EndCustomerEdge?: EndCustomerEdgeResolvers<ContextType>;
  EndCustomerPayload?: EndCustomerPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

