// Generated from specs/alsc/alibaba.alsc.crm.card.qry.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.card.qry` (查询卡实例). */
export interface AlibabaAlscCrmCardQryRequest {
  /** 请求对象 */
  param_query_card_open_req?: AlibabaAlscCrmCardQryQueryCardOpenReqInput;
}

/** Response of `alibaba.alsc.crm.card.qry`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCardQryResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCardQryCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryCardOpenReq` of `alibaba.alsc.crm.card.qry`. */
export interface AlibabaAlscCrmCardQryQueryCardOpenReqInput {
  /** 查询关联资产账户 */
  account_required?: boolean;
  /** 品牌id */
  brand_id?: string;
  /** 卡实例id */
  card_id?: string;
  /** 外部品牌id和品牌id必传1 */
  out_brand_id?: string;
  /** 外部门店id */
  out_shop_id?: string;
  /** 物理卡号 */
  physical_card_id?: string;
  /** 查询关联物理卡 */
  physical_card_required?: boolean;
  /** saas门店id */
  shop_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.card.qry`. */
export interface AlibabaAlscCrmCardQryCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 结果 */
  result?: AlibabaAlscCrmCardQryCardOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `CardOpenInfo` of `alibaba.alsc.crm.card.qry`. */
export interface AlibabaAlscCrmCardQryCardOpenInfo {
  /** 资产账户列表 */
  accounts?: AlibabaAlscCrmCardQryAccountOpenInfo[];
  /** 激活操作人ID */
  active_operator_id?: string;
  /** 激活操作人名 */
  active_operator_name?: string;
  /** 激活门店ID */
  active_shop_id?: string;
  /** 激活时间 */
  active_time?: string;
  /** 是否主动购买（是则赠送开卡礼包） */
  buy?: boolean;
  /** 卡实例ID */
  card_id?: string;
  /** 卡模板ID */
  card_template_id?: string;
  /** 卡类型 */
  card_type?: string;
  /** 创建人 */
  create_by?: string;
  /** 顾客id */
  customer_id?: string;
  /** 逻辑删除 */
  deleted?: boolean;
  /** 有效期结束时间 */
  expire_end?: string;
  /** 有效期起始时间 */
  expire_start?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 开卡操作人ID */
  open_operator_id?: string;
  /** 开卡操作人名 */
  open_operator_name?: string;
  /** 开卡门店ID */
  open_shop_id?: string;
  /** 开卡门店名称 */
  open_shop_name?: string;
  /** 开卡时间 */
  open_time?: string;
  /** 操作员id */
  operator_id?: string;
  /** 运营计划ID */
  opt_plan_id?: string;
  /** 关联的物理卡列表 */
  physical_cards?: AlibabaAlscCrmCardQryPhysicalCardOpenInfo[];
  /** 会员计划ID */
  plan_id?: string;
  /** SOLD("SOLD", "已出售"), ACTIVED("ACTIVED", "已激活"), STOP("STOP", "已停用"), INVALID("INVALID", "已作废"), EXPIRED("EXPIRED", "已过期"), REFUND("REFUND", "已退卡") */
  status?: string;
  /** 修改人 */
  update_by?: string;
}

/** `AccountOpenInfo` of `alibaba.alsc.crm.card.qry`. */
export interface AlibabaAlscCrmCardQryAccountOpenInfo {
  /** 账户ID */
  account_id?: string;
  /** 账户类型（暂时不用） */
  account_type?: string;
  /** 储值余额 */
  balance?: Int64;
  /** 创建人 */
  create_by?: string;
  /** 币种 */
  currency?: string;
  /** 逻辑删除标志 */
  deleted?: boolean;
  /** 增储 */
  gift?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 预储 */
  pre?: Int64;
  /** 实储 */
  real?: Int64;
  /** 账户状态（暂时不用） */
  status?: string;
  /** 累计增储 */
  total_gift?: Int64;
  /** 累计预储 */
  total_pre?: Int64;
  /** 累计实储 */
  total_real?: Int64;
  /** 修改人 */
  update_by?: string;
  /** 运营计划ID */
  opt_plan_id?: string;
}

/** `PhysicalCardOpenInfo` of `alibaba.alsc.crm.card.qry`. */
export interface AlibabaAlscCrmCardQryPhysicalCardOpenInfo {
  /** 绑定操作人ID */
  bind_operator_id?: string;
  /** 绑定门店ID */
  bind_shop_id?: string;
  /** 绑定时间 */
  bind_time?: string;
  /** 卡实例ID */
  card_id?: string;
  /** 卡模板ID */
  card_template_id?: string;
  /** 卡类型 */
  card_type?: string;
  /** 创建人 */
  create_by?: string;
  /** 逻辑删除 */
  deleted?: boolean;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 操作员id */
  operator_id?: string;
  /** 物理卡号 */
  physical_card_id?: string;
  /** 会员计划id */
  plan_id?: string;
  /** 发行记录ID */
  publish_id?: string;
  /** WAIT_MAKE("WAIT_MAKE", "未制卡"), /** * 未出售 *\/ WAIT_SELL("WAIT_SELL", "未出售"), /** * 已出售 *\/ SOLD("SOLD", "已出售"), /** * 已作废 *\/ INVALID("INVALID", "已作废"); */
  status?: string;
  /** 修改人 */
  update_by?: string;
}

const REQUEST_SCHEMA = {
  param_query_card_open_req: {
    account_required: 'Boolean',
    brand_id: 'String',
    card_id: 'String',
    out_brand_id: 'String',
    out_shop_id: 'String',
    physical_card_id: 'String',
    physical_card_required: 'Boolean',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      accounts: [
        {
          account_id: 'String',
          account_type: 'String',
          balance: 'Number',
          create_by: 'String',
          currency: 'String',
          deleted: 'Boolean',
          gift: 'Number',
          gmt_create: 'Date',
          gmt_modified: 'Date',
          pre: 'Number',
          real: 'Number',
          status: 'String',
          total_gift: 'Number',
          total_pre: 'Number',
          total_real: 'Number',
          update_by: 'String',
          opt_plan_id: 'String',
        },
      ],
      active_operator_id: 'String',
      active_operator_name: 'String',
      active_shop_id: 'String',
      active_time: 'Date',
      buy: 'Boolean',
      card_id: 'String',
      card_template_id: 'String',
      card_type: 'String',
      create_by: 'String',
      customer_id: 'String',
      deleted: 'Boolean',
      expire_end: 'Date',
      expire_start: 'Date',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      open_operator_id: 'String',
      open_operator_name: 'String',
      open_shop_id: 'String',
      open_shop_name: 'String',
      open_time: 'Date',
      operator_id: 'String',
      opt_plan_id: 'String',
      physical_cards: [
        {
          bind_operator_id: 'String',
          bind_shop_id: 'String',
          bind_time: 'Date',
          card_id: 'String',
          card_template_id: 'String',
          card_type: 'String',
          create_by: 'String',
          deleted: 'Boolean',
          gmt_create: 'Date',
          gmt_modified: 'Date',
          operator_id: 'String',
          physical_card_id: 'String',
          plan_id: 'String',
          publish_id: 'String',
          status: 'String',
          update_by: 'String',
        },
      ],
      plan_id: 'String',
      status: 'String',
      update_by: 'String',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.card.qry`: method, response root, request and response schemas. */
export const alibabaAlscCrmCardQryOperation = {
  method: 'alibaba.alsc.crm.card.qry',
  responseRoot: 'alibaba_alsc_crm_card_qry_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询卡实例 — calls TOP method `alibaba.alsc.crm.card.qry`.
 *
 * 查询卡实例（优先使用卡实例ID查询，没有则用物理卡号查询）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCardQry(
  client: TopClient,
  request: AlibabaAlscCrmCardQryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmCardQryResponse> {
  return client.call<AlibabaAlscCrmCardQryResponse>(
    {
      method: 'alibaba.alsc.crm.card.qry',
      responseRoot: 'alibaba_alsc_crm_card_qry_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
