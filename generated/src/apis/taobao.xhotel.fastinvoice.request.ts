// Generated from specs/xhotelonlineorder/taobao.xhotel.fastinvoice.request.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.fastinvoice.request` (极速开票开票请求回传). */
export interface TaobaoXhotelFastinvoiceRequestRequest {
  /** 无 */
  invoice_info_param: TaobaoXhotelFastinvoiceRequestInvoiceInfoParamInput;
}

/** Response of `taobao.xhotel.fastinvoice.request`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelFastinvoiceRequestResponse {
  /** success */
  issuccess?: boolean;
  /** errorCode */
  errcode?: string;
  /** errorMsg */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceInfoParam` of `taobao.xhotel.fastinvoice.request`. */
export interface TaobaoXhotelFastinvoiceRequestInvoiceInfoParamInput {
  /** 领取方式（ 0：前台自取 3: 送至房间） */
  post_type: Int64Input;
  /** 身份证后4位 */
  short_id_number: string;
  /** 请求id (32位唯一值) */
  request_id: string;
  /** 预计开票房费金额(分) */
  plan_invoice_room_price: Int64Input;
  /** 公司抬头 */
  company_title: string;
  /** 房间号 */
  room_num: string;
  /** 发票类型（1:普通发票；2：增值税专用发票） */
  invoice_type: Int64Input;
  /** 需要发票时间(格式yyyy-MM-dd HH:mm:ss) */
  want_time: string;
  /** 预计开票杂费金额(分) */
  plan_invoice_other_price: Int64Input;
  /** 用户名 */
  user_nick?: string;
  /** 酒店开票点税号 */
  tax_num: string;
  /** 用户渠道(0:未知,1:淘宝) */
  user_channel?: Int64Input;
  /** 酒店外部订单号(从查询pms账单接口中获取) */
  out_order_num?: string;
  /** 专票信息 */
  value_added_info?: TaobaoXhotelFastinvoiceRequestValueAddedInfoInput;
}

/** `ValueAddedInfo` of `taobao.xhotel.fastinvoice.request`. */
export interface TaobaoXhotelFastinvoiceRequestValueAddedInfoInput {
  /** 注册地址 */
  register_addr?: string;
  /** 银行账号 */
  account_no?: string;
  /** 开户行 */
  opening_bank?: string;
  /** 增值税发票税号 */
  tax_no?: string;
  /** 电话 */
  tel?: string;
}

const REQUEST_SCHEMA = {
  invoice_info_param: {
    post_type: 'Number',
    short_id_number: 'String',
    request_id: 'String',
    plan_invoice_room_price: 'Number',
    company_title: 'String',
    room_num: 'String',
    invoice_type: 'Number',
    want_time: 'String',
    plan_invoice_other_price: 'Number',
    user_nick: 'String',
    tax_num: 'String',
    user_channel: 'Number',
    out_order_num: 'String',
    value_added_info: {
      register_addr: 'String',
      account_no: 'String',
      opening_bank: 'String',
      tax_no: 'String',
      tel: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  issuccess: 'Boolean',
  errcode: 'String',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.fastinvoice.request`: method, response root, request and response schemas. */
export const taobaoXhotelFastinvoiceRequestOperation = {
  method: 'taobao.xhotel.fastinvoice.request',
  responseRoot: 'xhotel_fastinvoice_request_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 极速开票开票请求回传 — calls TOP method `taobao.xhotel.fastinvoice.request`.
 *
 * 极速开票开票请求回传,用于记录航信开票请求数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelFastinvoiceRequest(
  client: TopClient,
  request: TaobaoXhotelFastinvoiceRequestRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelFastinvoiceRequestResponse> {
  return client.call<TaobaoXhotelFastinvoiceRequestResponse>(
    {
      method: 'taobao.xhotel.fastinvoice.request',
      responseRoot: 'xhotel_fastinvoice_request_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
