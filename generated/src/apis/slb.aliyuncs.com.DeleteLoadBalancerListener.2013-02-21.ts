// Generated from specs/aliyun/slb.aliyuncs.com.DeleteLoadBalancerListener.2013-02-21.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `slb.aliyuncs.com.DeleteLoadBalancerListener.2013-02-21` (删除 slb listener). */
export interface SlbAliyuncsComDeleteLoadBalancerListener20130221Request {
  /** loadBalancerId */
  loadBalancerId: string;
  /**
   * listenerPort
   *
   * Min value: 1
   * Max value: 65535
   */
  listenerPort: Int64Input;
}

/** Response of `slb.aliyuncs.com.DeleteLoadBalancerListener.2013-02-21`: TOP returns only requested, non-null fields, so all are optional. */
export interface SlbAliyuncsComDeleteLoadBalancerListener20130221Response {
  /** request id */
  requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  loadBalancerId: 'String',
  listenerPort: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `slb.aliyuncs.com.DeleteLoadBalancerListener.2013-02-21`: method, response root, request and response schemas. */
export const slbAliyuncsComDeleteLoadBalancerListener20130221Operation = {
  method: 'slb.aliyuncs.com.DeleteLoadBalancerListener.2013-02-21',
  responseRoot: 'slb_aliyuncs_com_DeleteLoadBalancerListener_2013-02-21_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除 slb listener — calls TOP method `slb.aliyuncs.com.DeleteLoadBalancerListener.2013-02-21`.
 *
 * delete_vip
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function slbAliyuncsComDeleteLoadBalancerListener20130221(
  client: TopClient,
  request: SlbAliyuncsComDeleteLoadBalancerListener20130221Request,
  options?: CallOptions,
): Promise<SlbAliyuncsComDeleteLoadBalancerListener20130221Response> {
  return client.call<SlbAliyuncsComDeleteLoadBalancerListener20130221Response>(
    {
      method: 'slb.aliyuncs.com.DeleteLoadBalancerListener.2013-02-21',
      responseRoot: 'slb_aliyuncs_com_DeleteLoadBalancerListener_2013-02-21_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
