// Generated from specs/simba/taobao.universalbp.account.get.can.use.bizcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.account.get.can.use.bizcode` (获取账户可用的bizCode). */
export interface TaobaoUniversalbpAccountGetCanUseBizcodeRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpAccountGetCanUseBizcodeTopServiceContextInput;
}

/** Response of `taobao.universalbp.account.get.can.use.bizcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpAccountGetCanUseBizcodeResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpAccountGetCanUseBizcodeTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.account.get.can.use.bizcode`. */
export interface TaobaoUniversalbpAccountGetCanUseBizcodeTopServiceContextInput {
  /** api业务线编码,bizCode为universalBP */
  biz_code: string;
}

/** `TopResult` of `taobao.universalbp.account.get.can.use.bizcode`. */
export interface TaobaoUniversalbpAccountGetCanUseBizcodeTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpAccountGetCanUseBizcodeTopInfo;
  /** 结果集 */
  top_market_scene_v_o_top_bulk_data?: TaobaoUniversalbpAccountGetCanUseBizcodeTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.account.get.can.use.bizcode`. */
export interface TaobaoUniversalbpAccountGetCanUseBizcodeTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.account.get.can.use.bizcode`. */
export interface TaobaoUniversalbpAccountGetCanUseBizcodeTopBulkData {
  /** 批量结果集 */
  top_market_scene_v_o_list?: TaobaoUniversalbpAccountGetCanUseBizcodeTopMarketSceneVo[];
  /** 数量 */
  count?: Int64;
}

/** `TopMarketSceneVo` of `taobao.universalbp.account.get.can.use.bizcode`. */
export interface TaobaoUniversalbpAccountGetCanUseBizcodeTopMarketSceneVo {
  /** 场景code */
  biz_code?: string;
  /** code 对应的 appid */
  app_id?: Int64;
  /** 场景名称 */
  market_name?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    top_market_scene_v_o_top_bulk_data: {
      top_market_scene_v_o_list: [
        {
          biz_code: 'String',
          app_id: 'Number',
          market_name: 'String',
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.account.get.can.use.bizcode`: method, response root, request and response schemas. */
export const taobaoUniversalbpAccountGetCanUseBizcodeOperation = {
  method: 'taobao.universalbp.account.get.can.use.bizcode',
  responseRoot: 'universalbp_account_get_can_use_bizcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取账户可用的bizCode — calls TOP method `taobao.universalbp.account.get.can.use.bizcode`.
 *
 * 查询账户可用场景，查询场景名称和场景bizcode的对应关系。其中bizcode在几乎所有接口的context中需要传入。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpAccountGetCanUseBizcode(
  client: TopClient,
  request: TaobaoUniversalbpAccountGetCanUseBizcodeRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpAccountGetCanUseBizcodeResponse> {
  return client.call<TaobaoUniversalbpAccountGetCanUseBizcodeResponse>(
    {
      method: 'taobao.universalbp.account.get.can.use.bizcode',
      responseRoot: 'universalbp_account_get_can_use_bizcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
