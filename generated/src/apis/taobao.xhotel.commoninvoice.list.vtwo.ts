// Generated from specs/xhotelonlineorder/taobao.xhotel.commoninvoice.list.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.commoninvoice.list.vtwo` (用户常用发票信息查询接口). */
export interface TaobaoXhotelCommoninvoiceListVtwoRequest {}

/** Response of `taobao.xhotel.commoninvoice.list.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelCommoninvoiceListVtwoResponse {
  /** 查询结果集 */
  result?: TaobaoXhotelCommoninvoiceListVtwoResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.commoninvoice.list.vtwo`. */
export interface TaobaoXhotelCommoninvoiceListVtwoResultSet {
  /** 是否成功标记 */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 常用发票信息 */
  results?: TaobaoXhotelCommoninvoiceListVtwoCommonInvoiceInfo[];
}

/** `CommonInvoiceInfo` of `taobao.xhotel.commoninvoice.list.vtwo`. */
export interface TaobaoXhotelCommoninvoiceListVtwoCommonInvoiceInfo {
  /** 专票信息 */
  value_added_info?: TaobaoXhotelCommoninvoiceListVtwoValueAddedInfo;
  /** 发票类型（1:普通发票；2：增值税专用发票） */
  invoice_type?: Int64;
  /** 发票属性 （0：公司；1：个人） */
  invoice_attr?: Int64;
  /** 发票抬头 */
  company_title?: string;
  /** 淘宝用户id */
  user_id?: Int64;
  /** 发票id */
  invoice_id?: Int64;
  /** 个人email */
  email?: string;
  /** 个人手机号 */
  phone?: string;
}

/** `ValueAddedInfo` of `taobao.xhotel.commoninvoice.list.vtwo`. */
export interface TaobaoXhotelCommoninvoiceListVtwoValueAddedInfo {
  /** 电话 */
  tel?: string;
  /** 注册地址 */
  register_addr?: string;
  /** 银行账号 */
  account_no?: string;
  /** 开户行 */
  opening_bank?: string;
  /** 税号 */
  tax_no?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    results: [
      {
        value_added_info: {
          tel: 'String',
          register_addr: 'String',
          account_no: 'String',
          opening_bank: 'String',
          tax_no: 'String',
        },
        invoice_type: 'Number',
        invoice_attr: 'Number',
        company_title: 'String',
        user_id: 'Number',
        invoice_id: 'Number',
        email: 'String',
        phone: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.commoninvoice.list.vtwo`: method, response root, request and response schemas. */
export const taobaoXhotelCommoninvoiceListVtwoOperation = {
  method: 'taobao.xhotel.commoninvoice.list.vtwo',
  responseRoot: 'xhotel_commoninvoice_list_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户常用发票信息查询接口 — calls TOP method `taobao.xhotel.commoninvoice.list.vtwo`.
 *
 * 获取用户常用发票信息接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelCommoninvoiceListVtwo(
  client: TopClient,
  request: TaobaoXhotelCommoninvoiceListVtwoRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelCommoninvoiceListVtwoResponse> {
  return client.call<TaobaoXhotelCommoninvoiceListVtwoResponse>(
    {
      method: 'taobao.xhotel.commoninvoice.list.vtwo',
      responseRoot: 'xhotel_commoninvoice_list_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
