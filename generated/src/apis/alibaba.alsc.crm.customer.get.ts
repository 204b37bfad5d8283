// Generated from specs/alsc/alibaba.alsc.crm.customer.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.customer.get` (查询顾客详情). */
export interface AlibabaAlscCrmCustomerGetRequest {
  /** 顾客详情查询条件 */
  param_customer_id_query_open_req?: AlibabaAlscCrmCustomerGetCustomerIdQueryOpenReqInput;
}

/** Response of `alibaba.alsc.crm.customer.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCustomerGetResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCustomerGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CustomerIdQueryOpenReq` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetCustomerIdQueryOpenReqInput {
  /** 品牌ID 外部品牌id 2选1 */
  brand_id?: string;
  /** 顾客ID */
  customer_id?: string;
  /** 查询选项，默认查询顾客基础信息， CARD：查询顾客名下的卡列表 ,RECHARGE：查询卡下的储值账户信息 ,POINT：查询顾客的积分信息. */
  options: string[];
  /** 店铺ID和外部门店ID必须一 */
  shop_id?: string;
  /** 手机号码 */
  mobile?: string;
  /** 物理卡号 */
  physical_card_id?: string;
  /** 电子卡号 */
  card_id?: string;
  /** 外部品牌id */
  out_brand_id?: string;
  /** 外部门店ID，店铺ID和外部门店ID必须一 */
  out_shop_id?: string;
  /** 微信openID */
  wechat_open_id?: string;
  /** 微信小程序ID */
  wechat_app_id?: string;
  /** 座机 */
  phone?: string;
  /** 支付宝ID */
  alipay_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 顾客详情信息 */
  result?: AlibabaAlscCrmCustomerGetCustomerAggOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `CustomerAggOpenInfo` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetCustomerAggOpenInfo {
  /** 卡模版列表 */
  card_open_info_list?: AlibabaAlscCrmCustomerGetCardOpenInfo[];
  /** 顾客基础信息 */
  customer_open_info?: AlibabaAlscCrmCustomerGetCustomerOpenInfo;
  /** 券列表 */
  customer_voucher_full_open_info_list?: AlibabaAlscCrmCustomerGetCustomerVoucherFullOpenInfo[];
  /** 积分账户 */
  point_account?: AlibabaAlscCrmCustomerGetPointAccountOpenInfo;
}

/** `CardOpenInfo` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetCardOpenInfo {
  /** 电子卡号 */
  card_id?: string;
  /** 卡模版ID */
  card_template_id?: string;
  /** 卡类型，MEMBER：会员卡，GIFT：礼品卡 */
  card_type?: string;
  /** 是否已删除 */
  deleted?: boolean;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 开卡人ID */
  open_operator_id?: string;
  /** 开卡人姓名 */
  open_operator_name?: string;
  /** 开卡门店ID */
  open_shop_id?: string;
  /** 开卡门店名称 */
  open_shop_name?: string;
  /** 开卡时间 */
  open_time?: string;
  /** 物理卡 */
  physical_cards?: AlibabaAlscCrmCustomerGetPhysicalCardOpenInfo[];
  /** 账户信息 */
  accounts?: AlibabaAlscCrmCustomerGetAccountOpenInfo[];
  /** 电子卡状态，SOLD：已出售，ACTIVED：已激活，STOP：已停用，INVALID：已作废，EXPIRED：已过期，REFUND：已退卡 */
  status?: string;
  /** 有效期开始时间 */
  expire_start?: string;
  /** 有效期结束时间 */
  expire_end?: string;
}

/** `PhysicalCardOpenInfo` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetPhysicalCardOpenInfo {
  /** 绑定操作人 */
  bind_operator_id?: string;
  /** 绑定商店 */
  bind_shop_id?: string;
  /** 绑定时间 */
  bind_time?: string;
  /** 卡id */
  card_id?: string;
  /** 卡模板 */
  card_template_id?: string;
  /** 卡类型 */
  card_type?: string;
  /** 物理卡 */
  physical_card_id?: string;
  /** 卡id */
  publish_id?: string;
  /** 状态 */
  status?: string;
  /** 卡方案名称 */
  card_template_name?: string;
}

/** `AccountOpenInfo` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetAccountOpenInfo {
  /** 账户id */
  account_id?: string;
  /** 账户类型 */
  account_type?: string;
  /** 状态 */
  status?: string;
  /** 余额 */
  balance?: Int64;
  /** 实储 */
  real?: Int64;
  /** 赠送 */
  gift?: Int64;
  /** 预储 */
  pre?: Int64;
  /** 币种 */
  currency?: string;
  /** 实际储值 */
  total_real?: Int64;
  /** 总赠送 */
  total_gift?: Int64;
  /** 累计预存 */
  total_pre?: Int64;
}

/** `CustomerOpenInfo` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetCustomerOpenInfo {
  /** 地址 */
  address?: string;
  /** 客单价，单位：分 */
  avg_consume?: Int64;
  /** 生日 */
  birthday?: string;
  /** 渠道 */
  channel?: Int64;
  /** 累计消费总金额，单位：分 */
  consume_amount?: Int64;
  /** 累计消费次数 */
  consume_num?: Int64;
  /** 创建人 */
  create_by?: string;
  /** 顾客ID */
  customer_id?: string;
  /** 顾客加入门店id */
  customer_store_id?: string;
  /** 成为顾客时间 */
  customer_time?: string;
  /** 顾客类型，顾客：0，会员：1 */
  customer_type?: Int64;
  /** 是否已删除 */
  deleted?: boolean;
  /** 电子邮件 */
  email?: string;
  /** 关注微信时间(微信公众号) */
  follow_wx_time?: string;
  /** 性别 0女 1男 */
  gender?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 发票抬头 */
  invoice?: string;
  /** 最后消费时间 */
  last_consume_time?: string;
  /** 等级描述 */
  level_desc?: string;
  /** 等级ID */
  level_id?: string;
  /** 等级序号 */
  level_no?: Int64;
  /** 成为会员店铺ID */
  member_store_id?: string;
  /** 成为会员时间 */
  member_time?: string;
  /** 手机号 */
  mobile?: string;
  /** 姓名 */
  name?: string;
  /** 固定电话 */
  phone?: string;
  /** 备注 */
  remark?: string;
  /** 会员状态，可用1、停用0(停用：所有会员的权益不可用) */
  state?: Int64;
  /** 标签列表 */
  tags?: string[];
  /** 2019237428364 */
  update_by?: string;
  /** 成长值 */
  growth?: Int64;
  /** 是否设置了支付密码 */
  has_password?: boolean;
  /** 外部信息 */
  customer_out_info_list?: AlibabaAlscCrmCustomerGetCustomerOutInfo[];
}

/** `CustomerOutInfo` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetCustomerOutInfo {
  /** 外部类型 /** * 手机号 *\/ MOBILE("mobile","手机号注册"), /** * 微信openId *\/ WECHAT("wechat","微信openid注册"), /** * 微信小程序Id *\/ WEAPP("weapp","微信小程序注册"), /** * 支付宝用户ID *\/ ALIPAY("alipay","支付宝id注册"), /** * 面部ID *\/ FACE_CODE("faceCode","faceCode注册"), /** * 座机注册 *\/ PHONE_CUSTOMER("phone_customer","座机注册") */
  out_type?: string;
  /** 外部id */
  out_id?: string;
}

/** `CustomerVoucherFullOpenInfo` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetCustomerVoucherFullOpenInfo {
  /** 优惠券金额，单位：分 */
  amount?: Int64;
  /** 顾客ID */
  customer_id?: Int64;
  /** 券失效时间 */
  end_time?: string;
  /** 获取时间 */
  gmt_created?: string;
  /** 门店ID */
  shop_id?: Int64;
  /** 满足金额阀值，单位：分 */
  start_fee?: Int64;
  /** 券生效时间 */
  start_time?: string;
  /** 优惠券状态 */
  status?: string;
  /** 券名称 */
  title?: string;
  /** 优惠券实例ID */
  voucher_id?: string;
  /** 优惠券类型，CASH：代金券，DISCOUNT：折扣券，GIFT：礼品券 */
  voucher_type?: string;
}

/** `PointAccountOpenInfo` of `alibaba.alsc.crm.customer.get`. */
export interface AlibabaAlscCrmCustomerGetPointAccountOpenInfo {
  /** 可用的积分总数 */
  available_point?: Int64;
  /** 会员ID */
  customer_id?: string;
  /** 冻结积分数 */
  freeze_point?: Int64;
  /** 累计过期积分数 */
  total_expired_point?: Int64;
  /** 累计积分总数 */
  total_point?: Int64;
  /** 累计可用积分数 */
  total_used_point?: Int64;
}

const REQUEST_SCHEMA = {
  param_customer_id_query_open_req: {
    brand_id: 'String',
    customer_id: 'String',
    options: ['String'],
    shop_id: 'String',
    mobile: 'String',
    physical_card_id: 'String',
    card_id: 'String',
    out_brand_id: 'String',
    out_shop_id: 'String',
    wechat_open_id: 'String',
    wechat_app_id: 'String',
    phone: 'String',
    alipay_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      card_open_info_list: [
        {
          card_id: 'String',
          card_template_id: 'String',
          card_type: 'String',
          deleted: 'Boolean',
          gmt_create: 'Date',
          gmt_modified: 'Date',
          open_operator_id: 'String',
          open_operator_name: 'String',
          open_shop_id: 'String',
          open_shop_name: 'String',
          open_time: 'Date',
          physical_cards: [
            {
              bind_operator_id: 'String',
              bind_shop_id: 'String',
              bind_time: 'Date',
              card_id: 'String',
              card_template_id: 'String',
              card_type: 'String',
              physical_card_id: 'String',
              publish_id: 'String',
              status: 'String',
              card_template_name: 'String',
            },
          ],
          accounts: [
            {
              account_id: 'String',
              account_type: 'String',
              status: 'String',
              balance: 'Number',
              real: 'Number',
              gift: 'Number',
              pre: 'Number',
              currency: 'String',
              total_real: 'Number',
              total_gift: 'Number',
              total_pre: 'Number',
            },
          ],
          status: 'String',
          expire_start: 'Date',
          expire_end: 'Date',
        },
      ],
      customer_open_info: {
        address: 'String',
        avg_consume: 'Number',
        birthday: 'Date',
        channel: 'Number',
        consume_amount: 'Number',
        consume_num: 'Number',
        create_by: 'String',
        customer_id: 'String',
        customer_store_id: 'String',
        customer_time: 'Date',
        customer_type: 'Number',
        deleted: 'Boolean',
        email: 'String',
        follow_wx_time: 'Date',
        gender: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        invoice: 'String',
        last_consume_time: 'Date',
        level_desc: 'String',
        level_id: 'String',
        level_no: 'Number',
        member_store_id: 'String',
        member_time: 'Date',
        mobile: 'String',
        name: 'String',
        phone: 'String',
        remark: 'String',
        state: 'Number',
        tags: ['String'],
        update_by: 'String',
        growth: 'Number',
        has_password: 'Boolean',
        customer_out_info_list: [
          {
            out_type: 'String',
            out_id: 'String',
          },
        ],
      },
      customer_voucher_full_open_info_list: [
        {
          amount: 'Number',
          customer_id: 'Number',
          end_time: 'String',
          gmt_created: 'String',
          shop_id: 'Number',
          start_fee: 'Number',
          start_time: 'String',
          status: 'String',
          title: 'String',
          voucher_id: 'String',
          voucher_type: 'String',
        },
      ],
      point_account: {
        available_point: 'Number',
        customer_id: 'String',
        freeze_point: 'Number',
        total_expired_point: 'Number',
        total_point: 'Number',
        total_used_point: 'Number',
      },
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.customer.get`: method, response root, request and response schemas. */
export const alibabaAlscCrmCustomerGetOperation = {
  method: 'alibaba.alsc.crm.customer.get',
  responseRoot: 'alibaba_alsc_crm_customer_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询顾客详情 — calls TOP method `alibaba.alsc.crm.customer.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCustomerGet(
  client: TopClient,
  request: AlibabaAlscCrmCustomerGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmCustomerGetResponse> {
  return client.call<AlibabaAlscCrmCustomerGetResponse>(
    {
      method: 'alibaba.alsc.crm.customer.get',
      responseRoot: 'alibaba_alsc_crm_customer_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
