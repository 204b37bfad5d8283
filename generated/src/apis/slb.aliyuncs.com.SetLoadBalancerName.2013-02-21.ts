// Generated from specs/aliyun/slb.aliyuncs.com.SetLoadBalancerName.2013-02-21.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `slb.aliyuncs.com.SetLoadBalancerName.2013-02-21` (配置LoadBalancer的别名。). */
export interface SlbAliyuncsComSetLoadBalancerName20130221Request {
  /** loadBalancerId */
  loadBalancerId: string;
  /**
   * loadBalancerName
   *
   * Max length: 64
   */
  loadBalancerName: string;
}

/** Response of `slb.aliyuncs.com.SetLoadBalancerName.2013-02-21`: TOP returns only requested, non-null fields, so all are optional. */
export interface SlbAliyuncsComSetLoadBalancerName20130221Response {
  /** request id */
  requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  loadBalancerId: 'String',
  loadBalancerName: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `slb.aliyuncs.com.SetLoadBalancerName.2013-02-21`: method, response root, request and response schemas. */
export const slbAliyuncsComSetLoadBalancerName20130221Operation = {
  method: 'slb.aliyuncs.com.SetLoadBalancerName.2013-02-21',
  responseRoot: 'slb_aliyuncs_com_SetLoadBalancerName_2013-02-21_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 配置LoadBalancer的别名。 — calls TOP method `slb.aliyuncs.com.SetLoadBalancerName.2013-02-21`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function slbAliyuncsComSetLoadBalancerName20130221(
  client: TopClient,
  request: SlbAliyuncsComSetLoadBalancerName20130221Request,
  options?: CallOptions,
): Promise<SlbAliyuncsComSetLoadBalancerName20130221Response> {
  return client.call<SlbAliyuncsComSetLoadBalancerName20130221Response>(
    {
      method: 'slb.aliyuncs.com.SetLoadBalancerName.2013-02-21',
      responseRoot: 'slb_aliyuncs_com_SetLoadBalancerName_2013-02-21_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
