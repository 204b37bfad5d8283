// Generated from specs/xhotel/taobao.xhotel.order.hotelsign.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.hotelsign.query` (获取直连酒店（客栈）签约上线进度信息). */
export interface TaobaoXhotelOrderHotelsignQueryRequest {
  /** 请求流水 */
  out_uuid: string;
  /** 商家酒店编码 */
  hotel_code?: string;
  /** 商家vendor */
  vendor?: string;
  /** 1 */
  type?: string;
  /** 页码 */
  page_no?: Int64Input;
}

/** Response of `taobao.xhotel.order.hotelsign.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderHotelsignQueryResponse {
  /** hotelSignInfo，当入参中包含hotelcode和vendor的时候，返回该对象 */
  hotel_sign_info?: TaobaoXhotelOrderHotelsignQueryDchotelSignDo;
  /** outUuid */
  out_uuid?: string;
  /** dsNhotelInfoDOList，当入参不包含hotelcode的时候，只有vendor的时候返回该对象 */
  ds_nhotel_info_d_o_list?: TaobaoXhotelOrderHotelsignQueryDsNhotelInfoDo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DchotelSignDo` of `taobao.xhotel.order.hotelsign.query`. */
export interface TaobaoXhotelOrderHotelsignQueryDchotelSignDo {
  /** privateReceiptAccountStatus */
  private_receipt_account_status?: Int64;
  /** hotelierIdStatus */
  hotelier_id_status?: Int64;
  /** stlStatus */
  stl_status?: Int64;
  /** blStatus */
  bl_status?: Int64;
  /** taccAuthLetterAllowDate */
  tacc_auth_letter_allow_date?: string;
  /** idConfirmLetterStatus */
  id_confirm_letter_status?: Int64;
  /** qlfType */
  qlf_type?: Int64;
  /** payType */
  pay_type?: Int64;
  /** phone */
  phone?: string;
  /** email */
  email?: string;
  /** name */
  name?: string;
  /** isKezhanSign */
  is_kezhan_sign?: Int64;
  /** signStatus */
  sign_status?: Int64;
  /** pid */
  pid?: Int64;
  /** hid */
  hid?: Int64;
  /** intentAchieveDate */
  intent_achieve_date?: string;
  /** hotelAccount */
  hotel_account?: string;
  /** hotelPicturesStatus */
  hotel_pictures_status?: Int64;
  /** commLetterStatus */
  comm_letter_status?: Int64;
  /** toDcHotelStatus */
  to_dc_hotel_status?: Int64;
}

/** `DsNhotelInfoDo` of `taobao.xhotel.order.hotelsign.query`. */
export interface TaobaoXhotelOrderHotelsignQueryDsNhotelInfoDo {
  /** onlineStatus */
  online_status?: Int64;
  /** onlineDate */
  online_date?: string;
  /** qualificationType */
  qualification_type?: Int64;
  /** accountType */
  account_type?: Int64;
  /** trainStatus */
  train_status?: Int64;
  /** commLetterStatus */
  comm_letter_status?: Int64;
  /** privateReceiptAccountStatus */
  private_receipt_account_status?: Int64;
  /** hotelierIdStatus */
  hotelier_id_status?: Int64;
  /** srlStatus */
  srl_status?: Int64;
  /** businessLicenseStatus */
  business_license_status?: Int64;
  /** idConfirmLetterStatus */
  id_confirm_letter_status?: Int64;
  /** signDate */
  sign_date?: string;
  /** isSigned */
  is_signed?: Int64;
  /** isAccountApply */
  is_account_apply?: Int64;
  /** name */
  name?: string;
  /** hid */
  hid?: Int64;
  /** outerId */
  outer_id?: string;
  /** isKezhan */
  is_kezhan?: Int64;
  /** hotelPicturesStatus */
  hotel_pictures_status?: Int64;
  /** canSellStatus */
  can_sell_status?: Int64;
  /** canSellDate */
  can_sell_date?: string;
}

const REQUEST_SCHEMA = {
  out_uuid: 'String',
  hotel_code: 'String',
  vendor: 'String',
  type: 'String',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hotel_sign_info: {
    private_receipt_account_status: 'Number',
    hotelier_id_status: 'Number',
    stl_status: 'Number',
    bl_status: 'Number',
    tacc_auth_letter_allow_date: 'Date',
    id_confirm_letter_status: 'Number',
    qlf_type: 'Number',
    pay_type: 'Number',
    phone: 'String',
    email: 'String',
    name: 'String',
    is_kezhan_sign: 'Number',
    sign_status: 'Number',
    pid: 'Number',
    hid: 'Number',
    intent_achieve_date: 'Date',
    hotel_account: 'String',
    hotel_pictures_status: 'Number',
    comm_letter_status: 'Number',
    to_dc_hotel_status: 'Number',
  },
  out_uuid: 'String',
  ds_nhotel_info_d_o_list: [
    {
      online_status: 'Number',
      online_date: 'Date',
      qualification_type: 'Number',
      account_type: 'Number',
      train_status: 'Number',
      comm_letter_status: 'Number',
      private_receipt_account_status: 'Number',
      hotelier_id_status: 'Number',
      srl_status: 'Number',
      business_license_status: 'Number',
      id_confirm_letter_status: 'Number',
      sign_date: 'Date',
      is_signed: 'Number',
      is_account_apply: 'Number',
      name: 'String',
      hid: 'Number',
      outer_id: 'String',
      is_kezhan: 'Number',
      hotel_pictures_status: 'Number',
      can_sell_status: 'Number',
      can_sell_date: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.hotelsign.query`: method, response root, request and response schemas. */
export const taobaoXhotelOrderHotelsignQueryOperation = {
  method: 'taobao.xhotel.order.hotelsign.query',
  responseRoot: 'xhotel_order_hotelsign_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取直连酒店（客栈）签约上线进度信息 — calls TOP method `taobao.xhotel.order.hotelsign.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderHotelsignQuery(
  client: TopClient,
  request: TaobaoXhotelOrderHotelsignQueryRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderHotelsignQueryResponse> {
  return client.call<TaobaoXhotelOrderHotelsignQueryResponse>(
    {
      method: 'taobao.xhotel.order.hotelsign.query',
      responseRoot: 'xhotel_order_hotelsign_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
