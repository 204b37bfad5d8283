// Generated from specs/logistic/taobao.logistics.express.pickcode.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.pickcode.check` (快递公司取货码校验). */
export interface TaobaoLogisticsExpressPickcodeCheckRequest {
  /** 取件码校验参数 */
  tms_pick_code_request: TaobaoLogisticsExpressPickcodeCheckTmsPickCodeRequestInput;
}

/** Response of `taobao.logistics.express.pickcode.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressPickcodeCheckResponse {
  /** 校验成功或者异常 */
  suc?: boolean;
  /** 错误码描述 */
  biz_error_message?: string;
  /** 错误码标识 */
  biz_error_code?: string;
  /** 是否可重试 */
  retry?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmsPickCodeRequest` of `taobao.logistics.express.pickcode.check`. */
export interface TaobaoLogisticsExpressPickcodeCheckTmsPickCodeRequestInput {
  /** 订单业务类型（1-退货业务 ） */
  service_type: string;
  /** 单据标识 */
  biz_code: string;
  /** 订单所需服务，以英文逗号分隔，当前服务枚举值:（1-上门取退 */
  service_flag: string;
  /** 取件码 */
  pick_code: string;
}

const REQUEST_SCHEMA = {
  tms_pick_code_request: {
    service_type: 'String',
    biz_code: 'String',
    service_flag: 'String',
    pick_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  biz_error_message: 'String',
  biz_error_code: 'String',
  retry: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.pickcode.check`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressPickcodeCheckOperation = {
  method: 'taobao.logistics.express.pickcode.check',
  responseRoot: 'logistics_express_pickcode_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 快递公司取货码校验 — calls TOP method `taobao.logistics.express.pickcode.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressPickcodeCheck(
  client: TopClient,
  request: TaobaoLogisticsExpressPickcodeCheckRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressPickcodeCheckResponse> {
  return client.call<TaobaoLogisticsExpressPickcodeCheckResponse>(
    {
      method: 'taobao.logistics.express.pickcode.check',
      responseRoot: 'logistics_express_pickcode_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
