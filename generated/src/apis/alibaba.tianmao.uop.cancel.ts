// Generated from specs/ascp/alibaba.tianmao.uop.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tianmao.uop.cancel` (阿里巴巴.天猫. 履约订单. 取消). */
export interface AlibabaTianmaoUopCancelRequest {
  /** 取消接口入参 */
  hi_erp_close_dto: AlibabaTianmaoUopCancelHiErpCloseDTOInput;
}

/** Response of `alibaba.tianmao.uop.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTianmaoUopCancelResponse {
  /** 返回参数 */
  result?: AlibabaTianmaoUopCancelBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HiErpCloseDTO` of `alibaba.tianmao.uop.cancel`. */
export interface AlibabaTianmaoUopCancelHiErpCloseDTOInput {
  /** 货主id */
  owner_id: Int64Input;
  /** 履约单号 */
  order_code: string;
  /** 关单原因 */
  reason?: string;
}

/** `BaseResult` of `alibaba.tianmao.uop.cancel`. */
export interface AlibabaTianmaoUopCancelBaseResult {
  /** 是否成功 */
  success?: boolean;
  /** 数据 */
  result?: AlibabaTianmaoUopCancelHiErpCloseResp;
  /** 通常用于success为true时的页面提示 */
  msg?: string;
  /** 通常用于success为false时的页面错误类型判定 */
  error_code?: string;
  /** 通常用于success为false时的页面错误信息提示 */
  error_msg?: string;
}

/** `HiErpCloseResp` of `alibaba.tianmao.uop.cancel`. */
export interface AlibabaTianmaoUopCancelHiErpCloseResp {
  /** 外部订单号 */
  out_biz_id?: string;
  /** 履约单号 */
  order_code?: string;
  /** 取消任务创建结果 */
  task_exc_msg?: string;
}

const REQUEST_SCHEMA = {
  hi_erp_close_dto: {
    owner_id: 'Number',
    order_code: 'String',
    reason: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result: {
      out_biz_id: 'String',
      order_code: 'String',
      task_exc_msg: 'String',
    },
    msg: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tianmao.uop.cancel`: method, response root, request and response schemas. */
export const alibabaTianmaoUopCancelOperation = {
  method: 'alibaba.tianmao.uop.cancel',
  responseRoot: 'alibaba_tianmao_uop_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴.天猫. 履约订单. 取消 — calls TOP method `alibaba.tianmao.uop.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTianmaoUopCancel(
  client: TopClient,
  request: AlibabaTianmaoUopCancelRequest,
  options?: CallOptions,
): Promise<AlibabaTianmaoUopCancelResponse> {
  return client.call<AlibabaTianmaoUopCancelResponse>(
    {
      method: 'alibaba.tianmao.uop.cancel',
      responseRoot: 'alibaba_tianmao_uop_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
