// Generated from specs/simba/taobao.universalbp.material.accessallowed.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.material.accessallowed` (物料准入判断). */
export interface TaobaoUniversalbpMaterialAccessallowedRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpMaterialAccessallowedTopServiceContextInput;
  /** materialAccessAllowQueryVO */
  material_access_allow_query_v_o: TaobaoUniversalbpMaterialAccessallowedMaterialAccessAllowQueryVoInput;
}

/** Response of `taobao.universalbp.material.accessallowed`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpMaterialAccessallowedResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpMaterialAccessallowedTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.material.accessallowed`. */
export interface TaobaoUniversalbpMaterialAccessallowedTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `MaterialAccessAllowQueryVo` of `taobao.universalbp.material.accessallowed`. */
export interface TaobaoUniversalbpMaterialAccessallowedMaterialAccessAllowQueryVoInput {
  /** 宝贝id集合 */
  material_id_list?: Int64Input[];
  /** 物料类型,1:淘宝宝贝,2:淘宝店铺,3:cms LandingPage页面,4:cms 分流总页面,5:自定义,201:PC店铺LandingPage页面,202:无线店铺LandingPage页面,203:内容LandingPage页面,204:淘宝直播,210:淘宝直播用户ID,205:有好货,209:无线店铺Tab3页面,212:超级品牌日LandingPage页面,211:超级发布会LandingPage页面,301:ICBU商品,302:ICBU PC店铺LandingPage页面,303:ICBU PC店铺,8:用户ID,9:信息流淘积木用户ID,10:口碑用户ID,206:店铺优惠券,207:商品优惠券,208:直播单品,309:直播间商品半屏卡,304:1688商品,305:内容平台-短视频,306:附近门店-用户ID,307:饿了么-菜品,401:LAZADA商品,501:飞猪酒店,502:飞猪商品,503:飞猪短信,601:淘积木页面,1001:AE宝贝,1101:淘宝宝贝SKU,310:内容平台-订阅内容 */
  material_type?: Int64Input;
  /** 是否需要校验资质,true:校验,false:不校验 */
  need_qualification?: boolean;
  /** 推广主体类型,item:商品,item_private_mini:独享橱窗,shop:店铺,content:内容,short_video:短视频,user_define:自定义; */
  promotion_type?: string;
  /** 推广子主体类型,item:商品，item_private_mini:独享橱窗，shop:店铺，you_hao_huo:有好货，picture:图文，short_video:短视频，live_room:直播间，live_spot:看点，tao_blocks:淘积木，user_define_url:自定义url */
  sub_promotion_type?: string;
}

/** `TopResult` of `taobao.universalbp.material.accessallowed`. */
export interface TaobaoUniversalbpMaterialAccessallowedTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpMaterialAccessallowedTopInfo;
  /** 结果集 */
  material_access_allow_v_o_top_bulk_data?: TaobaoUniversalbpMaterialAccessallowedTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.material.accessallowed`. */
export interface TaobaoUniversalbpMaterialAccessallowedTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.material.accessallowed`. */
export interface TaobaoUniversalbpMaterialAccessallowedTopBulkData {
  /** 批量结果集 */
  material_access_allow_v_o_list?: TaobaoUniversalbpMaterialAccessallowedMaterialAccessAllowVo[];
  /** 数量 */
  count?: Int64;
}

/** `MaterialAccessAllowVo` of `taobao.universalbp.material.accessallowed`. */
export interface TaobaoUniversalbpMaterialAccessallowedMaterialAccessAllowVo {
  /** 物料id */
  material_id?: Int64;
  /** 是否通过准入,true:是,false:否 */
  access_allowed?: boolean;
  /** 准入不通过原因 */
  reason?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  material_access_allow_query_v_o: {
    material_id_list: ['Number'],
    material_type: 'Number',
    need_qualification: 'Boolean',
    promotion_type: 'String',
    sub_promotion_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    material_access_allow_v_o_top_bulk_data: {
      material_access_allow_v_o_list: [
        {
          material_id: 'Number',
          access_allowed: 'Boolean',
          reason: 'String',
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.material.accessallowed`: method, response root, request and response schemas. */
export const taobaoUniversalbpMaterialAccessallowedOperation = {
  method: 'taobao.universalbp.material.accessallowed',
  responseRoot: 'universalbp_material_accessallowed_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物料准入判断 — calls TOP method `taobao.universalbp.material.accessallowed`.
 *
 * 入参推广信息，出参相关主体是否可投放。如果投放了风控不准入的商品，无法正常投放。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpMaterialAccessallowed(
  client: TopClient,
  request: TaobaoUniversalbpMaterialAccessallowedRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpMaterialAccessallowedResponse> {
  return client.call<TaobaoUniversalbpMaterialAccessallowedResponse>(
    {
      method: 'taobao.universalbp.material.accessallowed',
      responseRoot: 'universalbp_material_accessallowed_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
