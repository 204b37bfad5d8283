// Generated from specs/simba/taobao.universalbp.adzone.horizontal.findpage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.adzone.horizontal.findpage` (查看资源包列表). */
export interface TaobaoUniversalbpAdzoneHorizontalFindpageRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpAdzoneHorizontalFindpageTopServiceContextInput;
  /** adzoneRefQueryVO */
  adzone_ref_query_v_o: TaobaoUniversalbpAdzoneHorizontalFindpageAdzoneRefQueryVoInput;
}

/** Response of `taobao.universalbp.adzone.horizontal.findpage`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpAdzoneHorizontalFindpageResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpAdzoneHorizontalFindpageTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.adzone.horizontal.findpage`. */
export interface TaobaoUniversalbpAdzoneHorizontalFindpageTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `AdzoneRefQueryVo` of `taobao.universalbp.adzone.horizontal.findpage`. */
export interface TaobaoUniversalbpAdzoneHorizontalFindpageAdzoneRefQueryVoInput {
  /** 计划id集合 */
  campaign_id_list: Int64Input[];
  /** 偏移量 */
  offset?: Int64Input;
  /** 页面大小 */
  page_size?: Int64Input;
}

/** `TopResult` of `taobao.universalbp.adzone.horizontal.findpage`. */
export interface TaobaoUniversalbpAdzoneHorizontalFindpageTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpAdzoneHorizontalFindpageTopInfo;
  /** 结果集 */
  adzone_ref_v_o_top_bulk_data?: TaobaoUniversalbpAdzoneHorizontalFindpageTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.adzone.horizontal.findpage`. */
export interface TaobaoUniversalbpAdzoneHorizontalFindpageTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.adzone.horizontal.findpage`. */
export interface TaobaoUniversalbpAdzoneHorizontalFindpageTopBulkData {
  /** 批量结果集 */
  adzone_ref_v_o_list?: TaobaoUniversalbpAdzoneHorizontalFindpageAdzoneRefVo[];
  /** 数量 */
  count?: Int64;
}

/** `AdzoneRefVo` of `taobao.universalbp.adzone.horizontal.findpage`. */
export interface TaobaoUniversalbpAdzoneHorizontalFindpageAdzoneRefVo {
  /** 资源包id */
  adzone_id?: Int64;
  /** 资源包名字 */
  adzone_name?: string;
  /** 计划id,计划已经存在场景必填,eg:添加主体、编辑计划状态等场景 */
  campaign_id?: Int64;
  /** 计划名称 */
  campaign_name?: string;
  /** 出价方式,custom_bid:手动出价,max_amount:最大化拿量,cost_control:控成本,roi_control:控投产比 */
  bid_type?: string;
  /** 资源位/包 溢价 */
  discount?: Int64;
  /** 状态,start:投放,pause:暂停 */
  status?: string;
  /** 资源位支持的最低溢价 */
  min_discount?: Int64;
  /** 资源位支持的最高溢价 */
  max_discount?: Int64;
  /** 操作按钮列表 */
  operation_list?: TaobaoUniversalbpAdzoneHorizontalFindpageInteger[];
}

/** `Integer` of `taobao.universalbp.adzone.horizontal.findpage`. */
export interface TaobaoUniversalbpAdzoneHorizontalFindpageInteger {
  /** 操作项code */
  code?: string;
  /** 操作项名称 */
  name?: string;
  /** 悬浮提示 */
  tips?: string;
  /** 是否可操作 */
  disabled?: string;
  /** 扩展属性 */
  properties?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  adzone_ref_query_v_o: {
    campaign_id_list: ['Number'],
    offset: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    adzone_ref_v_o_top_bulk_data: {
      adzone_ref_v_o_list: [
        {
          adzone_id: 'Number',
          adzone_name: 'String',
          campaign_id: 'Number',
          campaign_name: 'String',
          bid_type: 'String',
          discount: 'Number',
          status: 'String',
          min_discount: 'Number',
          max_discount: 'Number',
          operation_list: [
            {
              code: 'String',
              name: 'String',
              tips: 'String',
              disabled: 'String',
              properties: 'String',
            },
          ],
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.adzone.horizontal.findpage`: method, response root, request and response schemas. */
export const taobaoUniversalbpAdzoneHorizontalFindpageOperation = {
  method: 'taobao.universalbp.adzone.horizontal.findpage',
  responseRoot: 'universalbp_adzone_horizontal_findpage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查看资源包列表 — calls TOP method `taobao.universalbp.adzone.horizontal.findpage`.
 *
 * 查看已存在的计划上设置的资源包列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpAdzoneHorizontalFindpage(
  client: TopClient,
  request: TaobaoUniversalbpAdzoneHorizontalFindpageRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpAdzoneHorizontalFindpageResponse> {
  return client.call<TaobaoUniversalbpAdzoneHorizontalFindpageResponse>(
    {
      method: 'taobao.universalbp.adzone.horizontal.findpage',
      responseRoot: 'universalbp_adzone_horizontal_findpage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
