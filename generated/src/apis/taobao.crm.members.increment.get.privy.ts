// Generated from specs/crm/taobao.crm.members.increment.get.privy.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.members.increment.get.privy` (增量获取卖家会员). */
export interface TaobaoCrmMembersIncrementGetPrivyRequest {
  /** 卖家修改会员信息的时间起点. */
  start_modify?: DateInput;
  /** 卖家修改会员信息的时间终点.如果不填写此字段,默认为当前时间. */
  end_modify?: DateInput;
  /** 每页显示的会员数，page_size的值不能超过100，最小值要大于1 */
  page_size?: Int64Input;
  /**
   * 会员等级
   *
   * Max length: 32
   */
  grade?: Int64Input;
  /** 显示第几页的会员，如果输入的页码大于总共的页码数，例如总共10页，但是current_page的值为11，则返回空白页，最小页数为1 */
  current_page: Int64Input;
}

/** Response of `taobao.crm.members.increment.get.privy`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmMembersIncrementGetPrivyResponse {
  /** 返回当前页的会员列表 */
  members?: TaobaoCrmMembersIncrementGetPrivyBasicMember[];
  /** 记录的总条数 */
  total_result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BasicMember` of `taobao.crm.members.increment.get.privy`. */
export interface TaobaoCrmMembersIncrementGetPrivyBasicMember {
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
  start_modify: 'Date',
  end_modify: 'Date',
  page_size: 'Number',
  grade: 'Number',
  current_page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  members: [
    {
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

/** Static description of `taobao.crm.members.increment.get.privy`: method, response root, request and response schemas. */
export const taobaoCrmMembersIncrementGetPrivyOperation = {
  method: 'taobao.crm.members.increment.get.privy',
  responseRoot: 'crm_members_increment_get_privy_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增量获取卖家会员 — calls TOP method `taobao.crm.members.increment.get.privy`.
 *
 * 增量获取会员列表，接口返回符合查询条件的所有会员。任何状态更改都会返回,最大允许100
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmMembersIncrementGetPrivy(
  client: TopClient,
  request: TaobaoCrmMembersIncrementGetPrivyRequest,
  options?: CallOptions,
): Promise<TaobaoCrmMembersIncrementGetPrivyResponse> {
  return client.call<TaobaoCrmMembersIncrementGetPrivyResponse>(
    {
      method: 'taobao.crm.members.increment.get.privy',
      responseRoot: 'crm_members_increment_get_privy_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
