// Generated from specs/simba/taobao.universalbp.creative.preadd.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.creative.preadd` (创建单品创意前置信息). */
export interface TaobaoUniversalbpCreativePreaddRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpCreativePreaddTopServiceContextInput;
  /** long */
  tp_long: Int64Input;
}

/** Response of `taobao.universalbp.creative.preadd`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpCreativePreaddResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpCreativePreaddTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.creative.preadd`. */
export interface TaobaoUniversalbpCreativePreaddTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `TopResult` of `taobao.universalbp.creative.preadd`. */
export interface TaobaoUniversalbpCreativePreaddTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpCreativePreaddTopInfo;
  /** 结果集 */
  pre_add_item_creative_v_o?: TaobaoUniversalbpCreativePreaddPreAddItemCreativeVo;
}

/** `TopInfo` of `taobao.universalbp.creative.preadd`. */
export interface TaobaoUniversalbpCreativePreaddTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `PreAddItemCreativeVo` of `taobao.universalbp.creative.preadd`. */
export interface TaobaoUniversalbpCreativePreaddPreAddItemCreativeVo {
  /** 单品创意素材 */
  material?: TaobaoUniversalbpCreativePreaddItemMaterialVo;
  /** 是否有长素材 */
  have_long_sucai?: boolean;
}

/** `ItemMaterialVo` of `taobao.universalbp.creative.preadd`. */
export interface TaobaoUniversalbpCreativePreaddItemMaterialVo {
  /** 物料id */
  material_id?: Int64;
  /** 视频id */
  video_id?: Int64;
  /** 创意来源,1:本地上传,2:BannerMaker,3:CreativeCenter,4:LuBan,5:直播广场,6:活动招商,7:海棠,8:原生创意 */
  source?: Int64;
  /** 对应的海棠id */
  haitang_id?: Int64;
  /** 格式类型,1:图片,2:抄底文案,3:产品词,4:属性词,5:链接,51:淘积木URL,6:文案,7:长图,8:短文本,9:长文本,10:LOGO,11:视频,12:底图,13:tag,14:智能文案,15:促销词,16:标签词,17:优惠券,18:原价,19:折扣价,20:智能标题候选词,21:宝贝图 包括主图 长图 副图,22:宝贝标题,23:智能图,24:美观图,32:短标题,33:算法产出，仅供审核用图,34:淘宝素材中心图片,35:店铺名称,36:商品SKU图,37:商品详情页图,38:创意图,39:算法加工后的直播间封面图,40:算法加工后的直播间宝贝图,41:算法加工后的直播间宝贝标题文案,42:长图3:4,44:创意样式,45:主搜商品卡片轮播图,46:主搜商品3比4图,47:图标图片,48:二跳短视频,101:用户主标题,102:用户副标题,103:用户标题3,25:长图微视频,26:方图微视频,27:审核通过后原图做成的ppt视频,28:账号头像,29:素材组下非审核素材内容，主要传递数据用,30:鹿班商品图,31:算法剪辑视频,60:创意中心打包的图(只有外审使用),50:视频ID素材,124:自动审核通过,125:仅合理性审核的图片,126:仅合理性审核的文案 */
  format_type?: Int64;
  /** url */
  url?: string;
  /** 封面url */
  cover_url?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  tp_long: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    pre_add_item_creative_v_o: {
      material: {
        material_id: 'Number',
        video_id: 'Number',
        source: 'Number',
        haitang_id: 'Number',
        format_type: 'Number',
        url: 'String',
        cover_url: 'String',
      },
      have_long_sucai: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.creative.preadd`: method, response root, request and response schemas. */
export const taobaoUniversalbpCreativePreaddOperation = {
  method: 'taobao.universalbp.creative.preadd',
  responseRoot: 'universalbp_creative_preadd_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建单品创意前置信息 — calls TOP method `taobao.universalbp.creative.preadd`.
 *
 * 用于关键词场景创建单品创意前使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpCreativePreadd(
  client: TopClient,
  request: TaobaoUniversalbpCreativePreaddRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpCreativePreaddResponse> {
  return client.call<TaobaoUniversalbpCreativePreaddResponse>(
    {
      method: 'taobao.universalbp.creative.preadd',
      responseRoot: 'universalbp_creative_preadd_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
