// Generated from specs/crm/taobao.crm.members.search.privy.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.members.search.privy` (获取卖家会员(高级查询)). */
export interface TaobaoCrmMembersSearchPrivyRequest {
  /** 会员等级 */
  grade?: Int64Input;
  /**
   * 关系来源，1交易成功，2未成交，3卖家手动吸纳
   *
   * Max length: 32
   */
  relation_source?: Int64Input;
  /** 最迟上次交易时间 */
  max_last_trade_time?: DateInput;
  /** 最早上次交易时间（订单创建时间） */
  min_last_trade_time?: DateInput;
  /** 最小交易量 */
  min_trade_count?: Int64Input;
  /** 最大交易量 */
  max_trade_count?: Int64Input;
  /**
   * 分组id
   *
   * Max length: 19
   */
  group_id?: Int64Input;
  /** 显示第几页的会员，如果输入的页码大于总共的页码数，例如总共10页，但是current_page的值为11，则返回空白页，最小页数为1.最大1000页 */
  current_page: Int64Input;
  /** 每页显示的会员数量，page_size的最大值不能超过100，最小值不能小于1 */
  page_size?: Int64Input;
  /** 最小交易额，单位为元 */
  min_trade_amount?: string;
  /** 最大交易额，单位为元 */
  max_trade_amount?: string;
  /** ouid */
  ouid?: string;
}

/** Response of `taobao.crm.members.search.privy`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmMembersSearchPrivyResponse {
  /** 根据一定条件查询的卖家会员 */
  members?: TaobaoCrmMembersSearchPrivyCrmMember[];
  /** 记录的总条数 */
  total_result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrmMember` of `taobao.crm.members.search.privy`. */
export interface TaobaoCrmMembersSearchPrivyCrmMember {
  /** 购买的宝贝件数 */
  item_num?: Int64;
  /** 交易关闭的宝贝件数 */
  item_close_count?: Int64;
  /** 交易关闭的金额 */
  close_trade_amount?: string;
  /** 显示会员的状态，normal正常，blacklist黑名单 */
  status?: string;
  /** 会员拥有的所有分组 */
  group_ids?: string;
  /** 关系来源，1交易成功，2未成交，3卖家主动吸纳 */
  relation_source?: Int64;
  /** 交易关闭的的笔数 */
  close_trade_count?: Int64;
  /** 最后交易时间 */
  last_trade_time?: string;
  /** 最后一次交易的订单号.注:该字段从2014.4.23之后不再返回. */
  biz_order_id?: Int64;
  /** 城市.请注意:从2014.4.23之后,省市将采用地区标准码,请通过物流API taobao.areas.get接口获取,参考:http://api.taobao.com/apidoc/api.htm?spm=0.0.0.0.nOOF9g&path=cid:7-apiId:59.API对于老的省市代码兼容会逐步下线. */
  city?: string;
  /** openuid */
  ouid?: string;
  /** 北京=1,天津=2,河北省=3,山西省=4,内蒙古自治区=5,辽宁省=6,吉林省=7,黑龙江省=8,上海=9,江苏省=10,浙江省=11,安徽省=12,福建省=13,江西省=14,山东省=15,河南省=16,湖北省=17,湖南省=18, 广东省=19,广西壮族自治区=20,海南省=21,重庆=22,四川省=23,贵州省=24,云南省=25,西藏自治区26,陕西省=27,甘肃省=28,青海省=29,宁夏回族自治区=30,新疆维吾尔自治区=31,台湾省=32,香港特别行政区=33,澳门特别行政区=34,海外=35.注:请注意:从2014.4.23之后,省市将采用地区标准码,请通过物流API taobao.areas.get接口获取,参考:http://api.taobao.com/apidoc/api.htm?spm=0.0.0.0.nOOF9g&path=cid:7-apiId:59.API对于老的省市代码兼容会逐步下线. */
  province?: Int64;
  /** 会员等级，0未非会员，其余对应等级名称取grade_name */
  grade?: Int64;
  /** 交易成功的金额 */
  trade_amount?: string;
  /** 交易成功笔数 */
  trade_count?: Int64;
  /** 平均客单价. */
  avg_price?: string;
  /** 等级名称 */
  grade_name?: string;
}

const REQUEST_SCHEMA = {
  grade: 'Number',
  relation_source: 'Number',
  max_last_trade_time: 'Date',
  min_last_trade_time: 'Date',
  min_trade_count: 'Number',
  max_trade_count: 'Number',
  group_id: 'Number',
  current_page: 'Number',
  page_size: 'Number',
  min_trade_amount: 'Price',
  max_trade_amount: 'Price',
  ouid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  members: [
    {
      item_num: 'Number',
      item_close_count: 'Number',
      close_trade_amount: 'String',
      status: 'String',
      group_ids: 'String',
      relation_source: 'Number',
      close_trade_count: 'Number',
      last_trade_time: 'Date',
      biz_order_id: 'Number',
      city: 'String',
      ouid: 'String',
      province: 'Number',
      grade: 'Number',
      trade_amount: 'String',
      trade_count: 'Number',
      avg_price: 'String',
      grade_name: 'String',
    },
  ],
  total_result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.members.search.privy`: method, response root, request and response schemas. */
export const taobaoCrmMembersSearchPrivyOperation = {
  method: 'taobao.crm.members.search.privy',
  responseRoot: 'crm_members_search_privy_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取卖家会员(高级查询) — calls TOP method `taobao.crm.members.search.privy`.
 *
 * 会员列表的高级查询，接口返回符合条件的会员列表.
 *
 * 注：建议获取09年以后的数据，09年之前的数据不是很完整
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmMembersSearchPrivy(
  client: TopClient,
  request: TaobaoCrmMembersSearchPrivyRequest,
  options?: CallOptions,
): Promise<TaobaoCrmMembersSearchPrivyResponse> {
  return client.call<TaobaoCrmMembersSearchPrivyResponse>(
    {
      method: 'taobao.crm.members.search.privy',
      responseRoot: 'crm_members_search_privy_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
