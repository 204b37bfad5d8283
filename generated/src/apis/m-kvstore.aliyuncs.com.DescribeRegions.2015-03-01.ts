// Generated from specs/aliyunocs/m-kvstore.aliyuncs.com.DescribeRegions.2015-03-01.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `m-kvstore.aliyuncs.com.DescribeRegions.2015-03-01` (查看Region列表). */
export interface MKvstoreAliyuncsComDescribeRegions20150301Request {}

/** Response of `m-kvstore.aliyuncs.com.DescribeRegions.2015-03-01`: TOP returns only requested, non-null fields, so all are optional. */
export interface MKvstoreAliyuncsComDescribeRegions20150301Response {
  /** 请求的唯一ID */
  RequestId?: string;
  /** RegionIds 为一个 List,里面每个元素由三部分组成【RegionId,LocalName,ZoneIds】，其中ZoneIds是多个值组成的String，多个值间用英文半角“,”分隔。 */
  RegionIds?: MKvstoreAliyuncsComDescribeRegions20150301AliyunOcsRegion[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AliyunOcsRegion` of `m-kvstore.aliyuncs.com.DescribeRegions.2015-03-01`. */
export interface MKvstoreAliyuncsComDescribeRegions20150301AliyunOcsRegion {
  /** cn-hangzhou */
  RegionId?: string;
  /** "B,D" */
  ZoneIds?: string;
  /** 杭州 */
  LocalName?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  RequestId: 'String',
  RegionIds: [
    {
      RegionId: 'String',
      ZoneIds: 'String',
      LocalName: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `m-kvstore.aliyuncs.com.DescribeRegions.2015-03-01`: method, response root, request and response schemas. */
export const mKvstoreAliyuncsComDescribeRegions20150301Operation = {
  method: 'm-kvstore.aliyuncs.com.DescribeRegions.2015-03-01',
  responseRoot: 'm-kvstore_aliyuncs_com_DescribeRegions_2015-03-01_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查看Region列表 — calls TOP method `m-kvstore.aliyuncs.com.DescribeRegions.2015-03-01`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function mKvstoreAliyuncsComDescribeRegions20150301(
  client: TopClient,
  request: MKvstoreAliyuncsComDescribeRegions20150301Request = {},
  options?: CallOptions,
): Promise<MKvstoreAliyuncsComDescribeRegions20150301Response> {
  return client.call<MKvstoreAliyuncsComDescribeRegions20150301Response>(
    {
      method: 'm-kvstore.aliyuncs.com.DescribeRegions.2015-03-01',
      responseRoot: 'm-kvstore_aliyuncs_com_DescribeRegions_2015-03-01_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
