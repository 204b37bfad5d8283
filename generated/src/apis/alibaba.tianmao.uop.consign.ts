// Generated from specs/ascp/alibaba.tianmao.uop.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tianmao.uop.consign` (阿里巴巴.天猫. 履约订单. 发货). */
export interface AlibabaTianmaoUopConsignRequest {
  /** SCP单号 */
  scp_code: string;
  /** 货主id */
  owner_id: Int64Input;
}

/** Response of `alibaba.tianmao.uop.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTianmaoUopConsignResponse {
  /** 结果 */
  result?: AlibabaTianmaoUopConsignBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alibaba.tianmao.uop.consign`. */
export interface AlibabaTianmaoUopConsignBaseResult {
  /** false：失败 true：成功 */
  success?: boolean;
  /** 数据 */
  result?: AlibabaTianmaoUopConsignHiErpDeliverResp;
  /** 通常用于success为false时的页面错误类型判定 */
  error_code?: string;
  /** 通常用于success为false时的页面错误信息提示 */
  error_msg?: string;
  /** 通常用于success为true时的页面提示 */
  msg?: string;
}

/** `HiErpDeliverResp` of `alibaba.tianmao.uop.consign`. */
export interface AlibabaTianmaoUopConsignHiErpDeliverResp {
  /** SCP单号 */
  scp_code?: string;
  /** 外部订单号 */
  out_order_code?: string;
}

const REQUEST_SCHEMA = {
  scp_code: 'String',
  owner_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result: {
      scp_code: 'String',
      out_order_code: 'String',
    },
    error_code: 'String',
    error_msg: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tianmao.uop.consign`: method, response root, request and response schemas. */
export const alibabaTianmaoUopConsignOperation = {
  method: 'alibaba.tianmao.uop.consign',
  responseRoot: 'alibaba_tianmao_uop_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴.天猫. 履约订单. 发货 — calls TOP method `alibaba.tianmao.uop.consign`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTianmaoUopConsign(
  client: TopClient,
  request: AlibabaTianmaoUopConsignRequest,
  options?: CallOptions,
): Promise<AlibabaTianmaoUopConsignResponse> {
  return client.call<AlibabaTianmaoUopConsignResponse>(
    {
      method: 'alibaba.tianmao.uop.consign',
      responseRoot: 'alibaba_tianmao_uop_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
