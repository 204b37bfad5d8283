// Generated from specs/btrip/alitrip.btrip.invoice.setting.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.invoice.setting.add` (发票设置). */
export interface AlitripBtripInvoiceSettingAddRequest {
  /** 请求对象 */
  rq: AlitripBtripInvoiceSettingAddOpenInvoiceModifyAndNewRqInput;
}

/** Response of `alitrip.btrip.invoice.setting.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripInvoiceSettingAddResponse {
  /** 结果值 */
  result?: Int64;
  /** 结果码 */
  result_code?: Int64;
  /** 结果信息 */
  result_msg?: string;
  /** 请求是否成功 */
  success_flag?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenInvoiceModifyAndNewRq` of `alitrip.btrip.invoice.setting.add`. */
export interface AlitripBtripInvoiceSettingAddOpenInvoiceModifyAndNewRqInput {
  /** 注册地址 */
  address?: string;
  /** 银行账号 */
  bank_no?: string;
  /** 开户行 */
  bank_name?: string;
  /** 第三方企业id */
  corp_id: string;
  /** 税号 */
  tax_no: string;
  /** 公司电话 */
  tel?: string;
  /** 第三方发票id */
  third_part_id: string;
  /** 发票抬头 */
  title: string;
  /** 类型，1:增值税普通发票,2:增值税专用发票 */
  type: Int64Input;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

const REQUEST_SCHEMA = {
  rq: {
    address: 'String',
    bank_no: 'String',
    bank_name: 'String',
    corp_id: 'String',
    tax_no: 'String',
    tel: 'String',
    third_part_id: 'String',
    title: 'String',
    type: 'Number',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
  result_code: 'Number',
  result_msg: 'String',
  success_flag: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.invoice.setting.add`: method, response root, request and response schemas. */
export const alitripBtripInvoiceSettingAddOperation = {
  method: 'alitrip.btrip.invoice.setting.add',
  responseRoot: 'alitrip_btrip_invoice_setting_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发票设置 — calls TOP method `alitrip.btrip.invoice.setting.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripInvoiceSettingAdd(
  client: TopClient,
  request: AlitripBtripInvoiceSettingAddRequest,
  options?: CallOptions,
): Promise<AlitripBtripInvoiceSettingAddResponse> {
  return client.call<AlitripBtripInvoiceSettingAddResponse>(
    {
      method: 'alitrip.btrip.invoice.setting.add',
      responseRoot: 'alitrip_btrip_invoice_setting_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
