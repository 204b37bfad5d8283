// Generated from specs/axintrade/taobao.alitrip.axin.trans.pay.register.audit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.pay.register.audit` (阿信支付入驻审核通知). */
export interface TaobaoAlitripAxinTransPayRegisterAuditRequest {
  /** 支付入驻审核对象 */
  axin_pay_register_audit_dto?: TaobaoAlitripAxinTransPayRegisterAuditAxinPayRegisterAuditDtoInput;
}

/** Response of `taobao.alitrip.axin.trans.pay.register.audit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransPayRegisterAuditResponse {
  /** 结果 */
  result?: TaobaoAlitripAxinTransPayRegisterAuditBaseResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxinPayRegisterAuditDto` of `taobao.alitrip.axin.trans.pay.register.audit`. */
export interface TaobaoAlitripAxinTransPayRegisterAuditAxinPayRegisterAuditDtoInput {
  /** 审核结果 */
  audit_result?: boolean;
  /** 商户code */
  external_id?: string;
  /** 备注 */
  memo?: string;
  /** 支付平台入驻申请单号 */
  pay_platform_apply_order?: string;
  /** 支付入驻域申请单号 */
  pay_register_order_no?: string;
  /** 拒绝原因code */
  reject_reason_code?: string;
  /** 拒绝原因描述 */
  reject_reason_desc?: string;
  /** 支付平台商家编码,smid */
  pay_merchant_code?: string;
}

/** `BaseResultDto` of `taobao.alitrip.axin.trans.pay.register.audit`. */
export interface TaobaoAlitripAxinTransPayRegisterAuditBaseResultDto {
  /** 是否处理审核结果成功 */
  data?: boolean;
  /** 错误code */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 信息提示 */
  info_msg?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 是否调用成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  axin_pay_register_audit_dto: {
    audit_result: 'Boolean',
    external_id: 'String',
    memo: 'String',
    pay_platform_apply_order: 'String',
    pay_register_order_no: 'String',
    reject_reason_code: 'String',
    reject_reason_desc: 'String',
    pay_merchant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    info_msg: 'String',
    need_retry: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.pay.register.audit`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransPayRegisterAuditOperation = {
  method: 'taobao.alitrip.axin.trans.pay.register.audit',
  responseRoot: 'alitrip_axin_trans_pay_register_audit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信支付入驻审核通知 — calls TOP method `taobao.alitrip.axin.trans.pay.register.audit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransPayRegisterAudit(
  client: TopClient,
  request: TaobaoAlitripAxinTransPayRegisterAuditRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransPayRegisterAuditResponse> {
  return client.call<TaobaoAlitripAxinTransPayRegisterAuditResponse>(
    {
      method: 'taobao.alitrip.axin.trans.pay.register.audit',
      responseRoot: 'alitrip_axin_trans_pay_register_audit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
