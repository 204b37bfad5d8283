// Generated from specs/crm/taobao.crm.memberinfo.update.privy.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.memberinfo.update.privy` (编辑会员资料). */
export interface TaobaoCrmMemberinfoUpdatePrivyRequest {
  /** 用于描述会员的状态，normal表示正常，blacklist表示黑名单(不享受会员折扣). */
  status: string;
  /** 会员等级，1：普通客户，2：高级会员，3：高级会员 ，4：至尊vip只有正常会员才给予升级，对于status blacklist的会员升级无效 */
  grade?: Int64Input;
  /** 北京=1,天津=2,河北省=3,山西省=4,内蒙古自治区=5,辽宁省=6,吉林省=7,黑龙江省=8,上海=9,江苏省=10,浙江省=11,安徽省=12,福建省=13,江西省=14,山东省=15,河南省=16,湖北省=17,湖南省=18, 广东省=19,广西壮族自治区=20,海南省=21,重庆=22,四川省=23,贵州省=24,云南省=25,西藏自治区=26,陕西省=27,甘肃省=28,青海省=29,宁夏回族自治区=30,新疆维吾尔自治区=31,台湾省=32,香港特别行政区=33,澳门特别行政区=34,海外=35，约定36为清除Province设置.请注意:从2014.4.15之后,省市将采用地区标准码,请通过物流API taobao.areas.get接口获取,参考:http://api.taobao.com/apidoc/api.htm?spm=0.0.0.0.nOOF9g&path=cid:7-apiId:59.API对于老的省市代码兼容会逐步下线. */
  province?: string;
  /** 城市.请注意:从2014.4.15之后,省市将采用地区标准码,请通过物流API taobao.areas.get接口获取,参考:http://api.taobao.com/apidoc/api.htm?spm=0.0.0.0.nOOF9g&path=cid:7-apiId:59.API对于老的省市代码兼容会逐步下线 */
  city?: string;
  /** 交易笔数 */
  trade_count?: Int64Input;
  /** 交易金额，单位：分 */
  trade_amount?: Int64Input;
  /** 交易关闭次数 */
  close_trade_count?: Int64Input;
  /** 交易关闭金额，单位：分 */
  close_trade_amount?: Int64Input;
  /** 宝贝件数 */
  item_num?: Int64Input;
  /** 分组的id集合字符串 */
  group_ids?: string;
  /** ouid */
  ouid: string;
}

/** Response of `taobao.crm.memberinfo.update.privy`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmMemberinfoUpdatePrivyResponse {
  /** 会员信息修改是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  status: 'String',
  grade: 'Number',
  province: 'String',
  city: 'String',
  trade_count: 'Number',
  trade_amount: 'Number',
  close_trade_count: 'Number',
  close_trade_amount: 'Number',
  item_num: 'Number',
  group_ids: 'String',
  ouid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.memberinfo.update.privy`: method, response root, request and response schemas. */
export const taobaoCrmMemberinfoUpdatePrivyOperation = {
  method: 'taobao.crm.memberinfo.update.privy',
  responseRoot: 'crm_memberinfo_update_privy_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 编辑会员资料 — calls TOP method `taobao.crm.memberinfo.update.privy`.
 *
 * 编辑会员的基本资料，接口返回会员信息修改是否成功
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmMemberinfoUpdatePrivy(
  client: TopClient,
  request: TaobaoCrmMemberinfoUpdatePrivyRequest,
  options?: CallOptions,
): Promise<TaobaoCrmMemberinfoUpdatePrivyResponse> {
  return client.call<TaobaoCrmMemberinfoUpdatePrivyResponse>(
    {
      method: 'taobao.crm.memberinfo.update.privy',
      responseRoot: 'crm_memberinfo_update_privy_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
