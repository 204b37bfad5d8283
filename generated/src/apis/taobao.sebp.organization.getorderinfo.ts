// Generated from specs/c2m/taobao.sebp.organization.getorderinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sebp.organization.getorderinfo` (淘小铺机构订单信息). */
export interface TaobaoSebpOrganizationGetorderinfoRequest {
  /** null-请求所有，20200616-请求2020年6月16号的变更信息 */
  modify_date?: string;
  /** 第几页 */
  page_num: Int64Input;
  /** 查询实时数据时，必传，开始时间结束时间间隔不能超过4个小时 */
  end_time?: DateInput;
  /** 查询实时数据时，必传，开始时间不能早于2天前 */
  start_time?: DateInput;
}

/** Response of `taobao.sebp.organization.getorderinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSebpOrganizationGetorderinfoResponse {
  /** 返回结果 */
  result?: TaobaoSebpOrganizationGetorderinfoResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `taobao.sebp.organization.getorderinfo`. */
export interface TaobaoSebpOrganizationGetorderinfoResultDo {
  /** 调用是否成功 */
  success?: boolean;
  /** 结果信息 */
  module?: TaobaoSebpOrganizationGetorderinfoPageInfo;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `PageInfo` of `taobao.sebp.organization.getorderinfo`. */
export interface TaobaoSebpOrganizationGetorderinfoPageInfo {
  /** 总条数 */
  total?: Int64;
  /** 总页数 */
  pages?: Int64;
  /** 页大小 */
  page_size?: Int64;
  /** 订单信息 */
  list?: TaobaoSebpOrganizationGetorderinfoOrganizationInviteInfoVo[];
  /** 第几页 */
  page_num?: Int64;
}

/** `OrganizationInviteInfoVo` of `taobao.sebp.organization.getorderinfo`. */
export interface TaobaoSebpOrganizationGetorderinfoOrganizationInviteInfoVo {
  /** 退款金额（单位：分） */
  refund_fee?: Int64;
  /** 佣金金额（单位：分） */
  commission_fee?: Int64;
  /** 订单修改日期 */
  modify_date?: string;
  /** 订单付款时间 */
  pay_time?: Int64;
  /** 商品标题 */
  auction_title?: string;
  /** 加密后的买家ID */
  encrypt_buyer_id?: string;
  /** 订单创建时间 */
  gmt_create?: Int64;
  /** 加密后的分销商ID */
  encrypt_distributor_id?: string;
  /** 商品ID */
  auction_id?: Int64;
  /** 订单类型，0-自购，1-代下单，2-分享购买 */
  delegate?: Int64;
  /** 加密后的分销商上级ID */
  encrypt_invitor_id?: string;
  /** 订单确认收货日期 */
  succ_date?: string;
  /** 购买数量 */
  buy_amount?: Int64;
  /** 子订单ID */
  biz_order_id?: Int64;
  /** 付款金额（单位：分） */
  total_fee?: Int64;
  /** 商品类型，0-普通商品，1-高佣商品 */
  auction_type?: Int64;
  /** 收货人省份 */
  mord_prov?: string;
  /** 收货人城市 */
  mord_city?: string;
  /** 收货人区域 */
  mord_area?: string;
  /** 加密后的订单商品标 */
  encrypt_item_tag?: string;
  /** 订单规则ID */
  rule_id?: Int64;
  /** 特殊，非掌柜佣金 */
  org_commission_fee?: Int64;
  /** sku id */
  sku_id?: Int64;
  /** 加密收货人手机号 */
  encrypt_mord_mobile_phone?: string;
}

const REQUEST_SCHEMA = {
  modify_date: 'String',
  page_num: 'Number',
  end_time: 'Date',
  start_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      total: 'Number',
      pages: 'Number',
      page_size: 'Number',
      list: [
        {
          refund_fee: 'Number',
          commission_fee: 'Number',
          modify_date: 'String',
          pay_time: 'Number',
          auction_title: 'String',
          encrypt_buyer_id: 'String',
          gmt_create: 'Number',
          encrypt_distributor_id: 'String',
          auction_id: 'Number',
          delegate: 'Number',
          encrypt_invitor_id: 'String',
          succ_date: 'String',
          buy_amount: 'Number',
          biz_order_id: 'Number',
          total_fee: 'Number',
          auction_type: 'Number',
          mord_prov: 'String',
          mord_city: 'String',
          mord_area: 'String',
          encrypt_item_tag: 'String',
          rule_id: 'Number',
          org_commission_fee: 'Number',
          sku_id: 'Number',
          encrypt_mord_mobile_phone: 'String',
        },
      ],
      page_num: 'Number',
    },
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.sebp.organization.getorderinfo`: method, response root, request and response schemas. */
export const taobaoSebpOrganizationGetorderinfoOperation = {
  method: 'taobao.sebp.organization.getorderinfo',
  responseRoot: 'sebp_organization_getorderinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘小铺机构订单信息 — calls TOP method `taobao.sebp.organization.getorderinfo`.
 *
 * 淘小铺合作机构获取机构订单信息，用于机构结算使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSebpOrganizationGetorderinfo(
  client: TopClient,
  request: TaobaoSebpOrganizationGetorderinfoRequest,
  options?: CallOptions,
): Promise<TaobaoSebpOrganizationGetorderinfoResponse> {
  return client.call<TaobaoSebpOrganizationGetorderinfoResponse>(
    {
      method: 'taobao.sebp.organization.getorderinfo',
      responseRoot: 'sebp_organization_getorderinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
