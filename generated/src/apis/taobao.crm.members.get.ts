// Generated from specs/crm/taobao.crm.members.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.members.get` (获取卖家的会员（基本查询）). */
export interface TaobaoCrmMembersGetRequest {
  /**
   * 买家的昵称
   *
   * Max length: 1000
   */
  buyer_nick?: string;
  /**
   * 会员等级,如果不传入值则默认为全部等级。
   *
   * Max length: 32
   */
  grade?: Int64Input;
  /** 表示每页显示的会员数量,page_size的最大值不能超过100条,最小值不能低于1， */
  page_size?: Int64Input;
  /** 显示第几页的会员，如果输入的页码大于总共的页码数，例如总共10页，但是current_page的值为11，则返回空白页，最小页数为1，最大页数为1000 */
  current_page: Int64Input;
  /** 最迟上次交易时间 */
  max_last_trade_time?: DateInput;
  /** 最早上次交易时间 */
  min_last_trade_time?: DateInput;
  /** 最大交易额，单位为元 */
  max_trade_amount?: string;
  /** 最小交易额,单位为元 */
  min_trade_amount?: string;
  /** 最小交易量 */
  min_trade_count?: Int64Input;
  /** 最大交易量 */
  max_trade_count?: Int64Input;
  /** 用户的ouid */
  open_uid?: string;
}

/** Response of `taobao.crm.members.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmMembersGetResponse {
  /** 根据一定条件查询到卖家的会员 */
  members?: TaobaoCrmMembersGetBasicMember[];
  /** 记录总数 */
  total_result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BasicMember` of `taobao.crm.members.get`. */
export interface TaobaoCrmMembersGetBasicMember {
  /** 会员昵称 */
  buyer_nick?: string;
  /** open_uid */
  ouid?: string;
  /** 购买的宝贝件数 */
  item_num?: Int64;
  /** 交易关闭金额 */
  close_trade_amount?: string;
  /** 分组的id集合字符串 */
  group_ids?: string;
  /** 显示会员的状态，normal正常，blacklist黑名单 */
  status?: string;
  /** 关系来源，1交易成功，2未交易成功 ,3 卖家主动吸纳 */
  relation_source?: Int64;
  /** 交易的金额 */
  trade_amount?: string;
  /** 会员等级，0未非会员，其余对应等级名称取grade_name */
  grade?: Int64;
  /** 交易关闭的笔数 */
  close_trade_count?: Int64;
  /** 最后交易的日期 */
  last_trade_time?: string;
  /** 交易成功的次数 */
  trade_count?: Int64;
  /** 最后一次交易的订单号.注:该字段从2014.4.23之后不再返回. */
  biz_order_id?: Int64;
  /** 等级名称 */
  grade_name?: string;
}

const REQUEST_SCHEMA = {
  buyer_nick: 'String',
  grade: 'Number',
  page_size: 'Number',
  current_page: 'Number',
  max_last_trade_time: 'Date',
  min_last_trade_time: 'Date',
  max_trade_amount: 'Price',
  min_trade_amount: 'Price',
  min_trade_count: 'Number',
  max_trade_count: 'Number',
  open_uid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  members: [
    {
      buyer_nick: 'String',
      ouid: 'String',
      item_num: 'Number',
      close_trade_amount: 'String',
      group_ids: 'String',
      status: 'String',
      relation_source: 'Number',
      trade_amount: 'String',
      grade: 'Number',
      close_trade_count: 'Number',
      last_trade_time: 'Date',
      trade_count: 'Number',
      biz_order_id: 'Number',
      grade_name: 'String',
    },
  ],
  total_result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.members.get`: method, response root, request and response schemas. */
export const taobaoCrmMembersGetOperation = {
  method: 'taobao.crm.members.get',
  responseRoot: 'crm_members_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取卖家的会员（基本查询） — calls TOP method `taobao.crm.members.get`.
 *
 * 查询卖家的会员，进行基本的查询，返回符合条件的会员列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmMembersGet(
  client: TopClient,
  request: TaobaoCrmMembersGetRequest,
  options?: CallOptions,
): Promise<TaobaoCrmMembersGetResponse> {
  return client.call<TaobaoCrmMembersGetResponse>(
    {
      method: 'taobao.crm.members.get',
      responseRoot: 'crm_members_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
