// Generated from specs/aliyun/odps.aliyuncs.com.DescribeOdpsService.2014-12-15.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `odps.aliyuncs.com.DescribeOdpsService.2014-12-15` (查询ODPS服务). */
export interface OdpsAliyuncsComDescribeOdpsService20141215Request {}

/** Response of `odps.aliyuncs.com.DescribeOdpsService.2014-12-15`: TOP returns only requested, non-null fields, so all are optional. */
export interface OdpsAliyuncsComDescribeOdpsService20141215Response {
  /** 请求ID */
  RequestId?: string;
  /** 服务Id */
  ServiceId?: string;
  /** 开通服务时间，ISO 8601时间格式 */
  OpeningTime?: string;
  /** 业务锁定状态，例如：欠费，安全等。 */
  OperationLocks?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  RequestId: 'String',
  ServiceId: 'String',
  OpeningTime: 'String',
  OperationLocks: 'String',
} as const satisfies ObjectSchema;

/** Static description of `odps.aliyuncs.com.DescribeOdpsService.2014-12-15`: method, response root, request and response schemas. */
export const odpsAliyuncsComDescribeOdpsService20141215Operation = {
  method: 'odps.aliyuncs.com.DescribeOdpsService.2014-12-15',
  responseRoot: 'odps_aliyuncs_com_DescribeOdpsService_2014-12-15_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询ODPS服务 — calls TOP method `odps.aliyuncs.com.DescribeOdpsService.2014-12-15`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function odpsAliyuncsComDescribeOdpsService20141215(
  client: TopClient,
  request: OdpsAliyuncsComDescribeOdpsService20141215Request = {},
  options?: CallOptions,
): Promise<OdpsAliyuncsComDescribeOdpsService20141215Response> {
  return client.call<OdpsAliyuncsComDescribeOdpsService20141215Response>(
    {
      method: 'odps.aliyuncs.com.DescribeOdpsService.2014-12-15',
      responseRoot: 'odps_aliyuncs_com_DescribeOdpsService_2014-12-15_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
