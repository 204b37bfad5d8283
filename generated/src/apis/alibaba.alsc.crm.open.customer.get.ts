// Generated from specs/alsc/alibaba.alsc.crm.open.customer.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.open.customer.get` (查询会员资产). */
export interface AlibabaAlscCrmOpenCustomerGetRequest {
  /** 入参 */
  param_customer_get_open_req?: AlibabaAlscCrmOpenCustomerGetCustomerGetOpenReqInput;
}

/** Response of `alibaba.alsc.crm.open.customer.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmOpenCustomerGetResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmOpenCustomerGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CustomerGetOpenReq` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetCustomerGetOpenReqInput {
  /** saas品牌id */
  brand_id: string;
  /** 手机号 */
  mobile?: string;
  /** 外部id */
  outer_id?: string;
  /** 外部id类型，wechat：微信openId alipay：支付宝 */
  outer_type?: string;
  /** 物理卡id */
  physical_card_id?: string;
  /** saas门店id */
  shop_id: string;
  /** 顾客id */
  customer_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果 */
  result?: AlibabaAlscCrmOpenCustomerGetCustomerGetOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
}

/** `CustomerGetOpenInfo` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetCustomerGetOpenInfo {
  /** 卡实例信息 */
  card_open_info_list?: AlibabaAlscCrmOpenCustomerGetCardOpenInfo[];
  /** 会员信息 */
  customer_open_info?: AlibabaAlscCrmOpenCustomerGetCustomerOpenInfo;
  /** 积分信息 */
  point_account_open_info?: AlibabaAlscCrmOpenCustomerGetPointAccountOpenInfo;
  /** 券信息 */
  voucher_open_info_list?: AlibabaAlscCrmOpenCustomerGetVoucherOpenInfo[];
}

/** `CardOpenInfo` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetCardOpenInfo {
  /** 账户信息 */
  accounts?: AlibabaAlscCrmOpenCustomerGetAccountOpenInfo[];
  /** 卡id */
  card_id?: string;
  /** 卡模板id */
  card_template_id?: string;
  /** 卡类型，MEMBER：会员卡，GIFT：礼品卡 */
  card_type?: string;
  /** 电子卡状态，SOLD：已出售，ACTIVED：已激活，STOP：已停用，INVALID：已作废，EXPIRED：已过期，REFUND：已退卡 */
  status?: string;
}

/** `AccountOpenInfo` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetAccountOpenInfo {
  /** 余额 */
  balance?: Int64;
  /** 赠储 */
  gift?: Int64;
  /** 预储 */
  pre?: Int64;
  /** 实储 */
  real?: Int64;
  /** 总赠储 */
  total_gift?: Int64;
  /** 总预储 */
  total_pre?: Int64;
  /** 总实储 */
  total_real?: Int64;
}

/** `CustomerOpenInfo` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetCustomerOpenInfo {
  /** 生日 */
  birthday?: string;
  /** 渠道 */
  channel?: Int64;
  /** 顾客id */
  customer_id?: string;
  /** 顾客类型，顾客：0，会员：1 */
  customer_type?: Int64;
  /** email */
  email?: string;
  /** 性别 0女 1男 */
  gender?: Int64;
  /** 等级详情 */
  level_desc?: string;
  /** 等级id */
  level_id?: string;
  /** 等级号 */
  level_no?: Int64;
  /** 手机号 */
  mobile?: string;
  /** 姓名 */
  name?: string;
  /** 备注 */
  remark?: string;
  /** 入会时间 */
  member_time?: string;
  /** 入会门店 */
  member_store_id?: string;
}

/** `PointAccountOpenInfo` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetPointAccountOpenInfo {
  /** 剩余可用积分 */
  available_point?: Int64;
  /** 已冻结积分 */
  freeze_point?: Int64;
  /** 累计获取积分 */
  total_point?: Int64;
  /** 累计被使用积分 */
  total_used_point?: Int64;
  /** 剩余总积分 */
  remain_point?: Int64;
}

/** `VoucherOpenInfo` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetVoucherOpenInfo {
  /** 面额 */
  amount?: Int64;
  /** 失效时间 */
  end_time?: string;
  /** 满足金额阀值，单位：分 */
  start_fee?: Int64;
  /** 券开始时间 */
  start_time?: string;
  /** 状态 */
  status?: string;
  /** 券名称 */
  title?: string;
  /** 券实例id */
  voucher_id?: string;
  /** 券模板id */
  voucher_template_id?: string;
  /** 优惠券类型，CASH：代金券，DISCOUNT：折扣券，GIFT：礼品券 */
  voucher_type?: string;
  /** 折扣率 */
  discount_rate?: string;
  /** 商品id列表 */
  item_id_list?: string[];
  /** 门店id列表 */
  shop_id_list?: string[];
  /** 每人限领，-1代表不限 */
  user_limit?: Int64;
  /** 适用商品范围 值：ALL，PART_AVAILABLE，PART_UNAVAILABLE * 说明：全部商品可用，部分商品可用，部分商品不可用 */
  item_coverage?: string;
  /** 适用商品范围 值：ALL，PART_AVAILABLE * 说明：全部门店可用，部分门店可用 */
  shop_coverage?: string;
  /** {\"type\":0,\"settings\":[{\"dayStartTime\":\"00:00\",\"dayEndTime\":\"23:59\",\"week\":[]}]} type:0不限制，1限制 dayStartTime:开始时间 dayEndTime:结束时间 week:1,2,3,4,5,6,7 */
  available_time?: string;
  /** 商品信息 */
  item_info_list?: AlibabaAlscCrmOpenCustomerGetVoucherItemInfo[];
  /** 门店信息 */
  shop_info_list?: AlibabaAlscCrmOpenCustomerGetVoucherShopInfo[];
  /** 扩展字段,包含了礼品券的信息 */
  ext_info?: string;
  /** DINE_IN堂食，TAKE_OUT外卖 */
  use_condition?: string;
}

/** `VoucherItemInfo` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetVoucherItemInfo {
  /** sku规格id */
  sku_id?: string;
  /** 菜品id */
  dish_id?: string;
  /** 外部sku规格id */
  sku_out_no?: string;
  /** 外部菜品id */
  dish_out_no?: string;
}

/** `VoucherShopInfo` of `alibaba.alsc.crm.open.customer.get`. */
export interface AlibabaAlscCrmOpenCustomerGetVoucherShopInfo {
  /** 外部门店id */
  out_shop_id?: string;
  /** 门店id */
  shop_id?: string;
}

const REQUEST_SCHEMA = {
  param_customer_get_open_req: {
    brand_id: 'String',
    mobile: 'String',
    outer_id: 'String',
    outer_type: 'String',
    physical_card_id: 'String',
    shop_id: 'String',
    customer_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      card_open_info_list: [
        {
          accounts: [
            {
              balance: 'Number',
              gift: 'Number',
              pre: 'Number',
              real: 'Number',
              total_gift: 'Number',
              total_pre: 'Number',
              total_real: 'Number',
            },
          ],
          card_id: 'String',
          card_template_id: 'String',
          card_type: 'String',
          status: 'String',
        },
      ],
      customer_open_info: {
        birthday: 'Date',
        channel: 'Number',
        customer_id: 'String',
        customer_type: 'Number',
        email: 'String',
        gender: 'Number',
        level_desc: 'String',
        level_id: 'String',
        level_no: 'Number',
        mobile: 'String',
        name: 'String',
        remark: 'String',
        member_time: 'Date',
        member_store_id: 'String',
      },
      point_account_open_info: {
        available_point: 'Number',
        freeze_point: 'Number',
        total_point: 'Number',
        total_used_point: 'Number',
        remain_point: 'Number',
      },
      voucher_open_info_list: [
        {
          amount: 'Number',
          end_time: 'String',
          start_fee: 'Number',
          start_time: 'String',
          status: 'String',
          title: 'String',
          voucher_id: 'String',
          voucher_template_id: 'String',
          voucher_type: 'String',
          discount_rate: 'String',
          item_id_list: ['String'],
          shop_id_list: ['String'],
          user_limit: 'Number',
          item_coverage: 'String',
          shop_coverage: 'String',
          available_time: 'String',
          item_info_list: [
            {
              sku_id: 'String',
              dish_id: 'String',
              sku_out_no: 'String',
              dish_out_no: 'String',
            },
          ],
          shop_info_list: [
            {
              out_shop_id: 'String',
              shop_id: 'String',
            },
          ],
          ext_info: 'String',
          use_condition: 'String',
        },
      ],
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.open.customer.get`: method, response root, request and response schemas. */
export const alibabaAlscCrmOpenCustomerGetOperation = {
  method: 'alibaba.alsc.crm.open.customer.get',
  responseRoot: 'alibaba_alsc_crm_open_customer_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询会员资产 — calls TOP method `alibaba.alsc.crm.open.customer.get`.
 *
 * 查询会员身份，资产等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmOpenCustomerGet(
  client: TopClient,
  request: AlibabaAlscCrmOpenCustomerGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmOpenCustomerGetResponse> {
  return client.call<AlibabaAlscCrmOpenCustomerGetResponse>(
    {
      method: 'alibaba.alsc.crm.open.customer.get',
      responseRoot: 'alibaba_alsc_crm_open_customer_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
