// Generated from specs/cainiaohandover/cainiao.global.handover.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.handover.cancel` (取消交接单). */
export interface CainiaoGlobalHandoverCancelRequest {
  /** 系统自动生成 */
  user_info: CainiaoGlobalHandoverCancelUserInfoDtoInput;
  /** 要取消的交接物运单号，即大包运单号 */
  tracking_number?: string;
  /** 要取消的交接单id */
  handover_order_id?: Int64Input;
  /** 要取消的交接物id，即大包id */
  handover_content_id?: Int64Input;
  /** ISV名称，ISV：ISV-ISV英文或拼音名称、商家ERP：SELLER-商家英文或拼音名称 */
  client: string;
  /** 多语言 */
  locale?: string;
}

/** Response of `cainiao.global.handover.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalHandoverCancelResponse {
  /** 请求结果 */
  result?: CainiaoGlobalHandoverCancelHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserInfoDto` of `cainiao.global.handover.cancel`. */
export interface CainiaoGlobalHandoverCancelUserInfoDtoInput {
  /** 每个商家在ISV系统的唯一标识，一般为商家ISV账号的id */
  top_user_key?: string;
}

/** `HsfResult` of `cainiao.global.handover.cancel`. */
export interface CainiaoGlobalHandoverCancelHsfResult {
  /** 响应数据 */
  data?: CainiaoGlobalHandoverCancelOpenHandoverCancelResponse;
  /** 错误信息 */
  error_msg?: string;
  /** 异常码 */
  error_code?: string;
  /** 请求处理是否成功 */
  success?: boolean;
}

/** `OpenHandoverCancelResponse` of `cainiao.global.handover.cancel`. */
export interface CainiaoGlobalHandoverCancelOpenHandoverCancelResponse {
  /** 取消结果 */
  result?: boolean;
}

const REQUEST_SCHEMA = {
  user_info: {
    top_user_key: 'String',
  },
  tracking_number: 'String',
  handover_order_id: 'Number',
  handover_content_id: 'Number',
  client: 'String',
  locale: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      result: 'Boolean',
    },
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.handover.cancel`: method, response root, request and response schemas. */
export const cainiaoGlobalHandoverCancelOperation = {
  method: 'cainiao.global.handover.cancel',
  responseRoot: 'cainiao_global_handover_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消交接单 — calls TOP method `cainiao.global.handover.cancel`.
 *
 * 提供给ISV通过该接口取消交接单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalHandoverCancel(
  client: TopClient,
  request: CainiaoGlobalHandoverCancelRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalHandoverCancelResponse> {
  return client.call<CainiaoGlobalHandoverCancelResponse>(
    {
      method: 'cainiao.global.handover.cancel',
      responseRoot: 'cainiao_global_handover_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
