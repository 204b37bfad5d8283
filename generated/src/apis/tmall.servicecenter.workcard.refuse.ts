// Generated from specs/tmallsc/tmall.servicecenter.workcard.refuse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.refuse` (买家拒收). */
export interface TmallServicecenterWorkcardRefuseRequest {
  /** 买家拒收信息 */
  buyer_refuse_accept_request: TmallServicecenterWorkcardRefuseBuyerRefuseAcceptRequestInput;
}

/** Response of `tmall.servicecenter.workcard.refuse`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardRefuseResponse {
  /** 返回信息 */
  msg_info?: string;
  /** 返回code */
  msg_code?: string;
  /** 是否成功 */
  msg_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BuyerRefuseAcceptRequest` of `tmall.servicecenter.workcard.refuse`. */
export interface TmallServicecenterWorkcardRefuseBuyerRefuseAcceptRequestInput {
  /** 工单ID */
  workcard_id: Int64Input;
  /** 拒收备注 */
  refuse_memo: string;
}

const REQUEST_SCHEMA = {
  buyer_refuse_accept_request: {
    workcard_id: 'Number',
    refuse_memo: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  msg_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.refuse`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardRefuseOperation = {
  method: 'tmall.servicecenter.workcard.refuse',
  responseRoot: 'tmall_servicecenter_workcard_refuse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 买家拒收 — calls TOP method `tmall.servicecenter.workcard.refuse`.
 *
 * 买家拒收通知接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardRefuse(
  client: TopClient,
  request: TmallServicecenterWorkcardRefuseRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardRefuseResponse> {
  return client.call<TmallServicecenterWorkcardRefuseResponse>(
    {
      method: 'tmall.servicecenter.workcard.refuse',
      responseRoot: 'tmall_servicecenter_workcard_refuse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
