// Generated from specs/ascp/alibaba.tianmao.uop.intercept.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tianmao.uop.intercept` (阿里巴巴.天猫. 履约订单. 配送拦截). */
export interface AlibabaTianmaoUopInterceptRequest {
  /** SCP单号 */
  scp_code: string;
  /** 货主id */
  owner_id: Int64Input;
  /** 操作人名称 */
  operator_nick?: string;
  /** 运单号 */
  mail_nos: string;
}

/** Response of `alibaba.tianmao.uop.intercept`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTianmaoUopInterceptResponse {
  /** 结果 */
  result?: AlibabaTianmaoUopInterceptBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alibaba.tianmao.uop.intercept`. */
export interface AlibabaTianmaoUopInterceptBaseResult {
  /** false：失败 true：成功 */
  success?: boolean;
  /** 数据 */
  result?: AlibabaTianmaoUopInterceptHiErpIntOperateResp[];
  /** 通常用于success为false时的页面错误类型判定 */
  error_code?: string;
  /** 通常用于success为false时的页面错误信息提示 */
  error_msg?: string;
  /** 通常用于success为true时的页面提示 */
  msg?: string;
}

/** `HiErpIntOperateResp` of `alibaba.tianmao.uop.intercept`. */
export interface AlibabaTianmaoUopInterceptHiErpIntOperateResp {
  /** 履约单号 */
  scp_code?: string;
  /** 运单号 */
  mail_no?: string;
  /** 拦截结果文案描述 */
  tms_cut_result_text?: string;
  /** 外部订单号 */
  out_order_code?: string;
}

const REQUEST_SCHEMA = {
  scp_code: 'String',
  owner_id: 'Number',
  operator_nick: 'String',
  mail_nos: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result: [
      {
        scp_code: 'String',
        mail_no: 'String',
        tms_cut_result_text: 'String',
        out_order_code: 'String',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tianmao.uop.intercept`: method, response root, request and response schemas. */
export const alibabaTianmaoUopInterceptOperation = {
  method: 'alibaba.tianmao.uop.intercept',
  responseRoot: 'alibaba_tianmao_uop_intercept_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴.天猫. 履约订单. 配送拦截 — calls TOP method `alibaba.tianmao.uop.intercept`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTianmaoUopIntercept(
  client: TopClient,
  request: AlibabaTianmaoUopInterceptRequest,
  options?: CallOptions,
): Promise<AlibabaTianmaoUopInterceptResponse> {
  return client.call<AlibabaTianmaoUopInterceptResponse>(
    {
      method: 'alibaba.tianmao.uop.intercept',
      responseRoot: 'alibaba_tianmao_uop_intercept_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
