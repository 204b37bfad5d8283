// Generated from specs/xhotelonlineorder/taobao.xhotel.commoninvoice.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.commoninvoice.update` (常用发票信息更新接口). */
export interface TaobaoXhotelCommoninvoiceUpdateRequest {
  /** 无 */
  common_invoice_info_param?: TaobaoXhotelCommoninvoiceUpdateCommonInvoiceInfoInput;
}

/** Response of `taobao.xhotel.commoninvoice.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelCommoninvoiceUpdateResponse {
  /** success */
  issuccess?: boolean;
  /** errorCode */
  errcode?: string;
  /** errorMsg */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonInvoiceInfo` of `taobao.xhotel.commoninvoice.update`. */
export interface TaobaoXhotelCommoninvoiceUpdateCommonInvoiceInfoInput {
  /** 发票属性（0:公司；1：个人） */
  invoice_attr: Int64Input;
  /** 个人手机号 */
  phone?: string;
  /** 个人email */
  email?: string;
  /** 用户名 */
  user_nick: string;
  /** 发票类型（1:普通发票；2：增值税专用发票） */
  invoice_type: Int64Input;
  /** 发票抬头 */
  company_title: string;
  /** 专票信息 */
  value_added_info?: TaobaoXhotelCommoninvoiceUpdateValueAddedInfoInput;
  /** 发票id */
  invoice_id?: Int64Input;
}

/** `ValueAddedInfo` of `taobao.xhotel.commoninvoice.update`. */
export interface TaobaoXhotelCommoninvoiceUpdateValueAddedInfoInput {
  /** 税号 */
  tax_no?: string;
  /** 银行帐号 */
  account_no?: string;
  /** 注册地址 */
  register_addr?: string;
  /** 电话 */
  tel?: string;
  /** 开户行 */
  opening_bank?: string;
}

const REQUEST_SCHEMA = {
  common_invoice_info_param: {
    invoice_attr: 'Number',
    phone: 'String',
    email: 'String',
    user_nick: 'String',
    invoice_type: 'Number',
    company_title: 'String',
    value_added_info: {
      tax_no: 'String',
      account_no: 'String',
      register_addr: 'String',
      tel: 'String',
      opening_bank: 'String',
    },
    invoice_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  issuccess: 'Boolean',
  errcode: 'String',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.commoninvoice.update`: method, response root, request and response schemas. */
export const taobaoXhotelCommoninvoiceUpdateOperation = {
  method: 'taobao.xhotel.commoninvoice.update',
  responseRoot: 'xhotel_commoninvoice_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 常用发票信息更新接口 — calls TOP method `taobao.xhotel.commoninvoice.update`.
 *
 * 常用发票信息更新接口(根据用户id,发票抬头和发票属性或发票id进行更新,没有则添加)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelCommoninvoiceUpdate(
  client: TopClient,
  request: TaobaoXhotelCommoninvoiceUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelCommoninvoiceUpdateResponse> {
  return client.call<TaobaoXhotelCommoninvoiceUpdateResponse>(
    {
      method: 'taobao.xhotel.commoninvoice.update',
      responseRoot: 'xhotel_commoninvoice_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
